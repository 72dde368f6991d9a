import VouchIdentity
import VouchScoring

/// One vetted target.
public struct VettedTarget: Sendable {
    public let entry: RequestEntry
    public let match: MatchOutcome
    /// The matched connection's depth (nil unless matched).
    public let depth: RelationshipDepth?
    public let verdict: IntroVerdict
    /// Why: the match, the relationship evidence and the requester's reason.
    public let evidence: [String]
    /// The connections whose names are a typo away, when the target matched nobody ("did you
    /// mean"; see ``NameSuggestions``).
    public let suggestions: [String]
}

extension VettedTarget {
    /// True for a namesake whose messages could not be given to one person: not blind, but
    /// how well the owner knows them cannot be told, so the owner decides (the only nominal
    /// connection that gets needs-reason).
    public var depthUntold: Bool { verdict == .needsReason && depth?.tier == .nominal }
}
