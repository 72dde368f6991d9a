/// The outcome of matching one query against the connections.
public enum MatchOutcome: Sendable, Equatable {
    /// One connection, with a confidence in [0, 1] and how it was found.
    case matched(index: Int, confidence: Double, basis: String)
    /// Several connections fit about equally well.
    case ambiguous([MatchCandidate])
    /// No connection fits.
    case none
}
