/// How deep a relationship is, weakest to strongest (see docs/MODEL.md).
public enum RelationshipTier: String, Sendable, Codable, CaseIterable, Comparable {
    /// Not among the owner's connections.
    case stranger
    /// Connected, but no two-way exchange or other real evidence.
    case nominal
    /// Real but light evidence.
    case familiar
    /// A sustained two-way relationship, a recommendation, or the owner says so.
    case trusted

    private var rank: Int {
        switch self {
        case .stranger: return 0
        case .nominal: return 1
        case .familiar: return 2
        case .trusted: return 3
        }
    }

    public static func < (lhs: RelationshipTier, rhs: RelationshipTier) -> Bool { lhs.rank < rhs.rank }
}
