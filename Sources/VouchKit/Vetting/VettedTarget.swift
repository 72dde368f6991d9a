import VouchIO

/// One vetted target.
public struct VettedTarget: Sendable {
    public let entry: RequestEntry
    public let match: MatchOutcome
    /// The matched connection's depth (nil unless matched).
    public let depth: RelationshipDepth?
    public let verdict: IntroVerdict
    /// Why: the match, the relationship evidence and the requester's reason.
    public let evidence: [String]
}
