import VouchScoring

/// A vetted request list.
public struct VetResult: Sendable {
    public let analysis: Analysis
    public let list: RequestList
    public let requester: RequesterAssessment?
    public let targets: [VettedTarget]
    public let signals: [ListSignal]
    public let verdict: ListVerdict
    public let summary: String

    /// How many targets got each verdict.
    public func count(_ verdict: IntroVerdict) -> Int {
        targets.filter { $0.verdict == verdict }.count
    }
}
