/// A possible match with its confidence.
public struct MatchCandidate: Sendable, Equatable {
    public let index: Int
    public let confidence: Double

    package init(index: Int, confidence: Double) {
        self.index = index
        self.confidence = confidence
    }
}
