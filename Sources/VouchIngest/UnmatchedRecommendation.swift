import VouchIdentity

/// A recommendation that matched no single connection: it counts for no one.
public struct UnmatchedRecommendation: Sendable, Hashable {
    public let recommendation: Recommendation
    /// How many connections it could be about equally well; 0 when none.
    public let candidates: Int
}
