/// What the owner could honestly do about one requested introduction.
public enum IntroVerdict: String, Sendable, CaseIterable {
    /// Trusted and not dormant. Still ask the target first (double opt-in).
    case vouch
    /// Familiar or trusted, but dormant: reconnect before introducing anyone.
    case reconnectFirst = "reconnect-first"
    /// Familiar and not dormant: only with a specific reason that helps the target.
    case needsReason = "needs-reason"
    /// Nominal: an introduction would be blind list-pushing.
    case blind
    /// Not among the owner's connections.
    case notConnected = "not-connected"
    /// Several connections match; the owner must say which.
    case ambiguous
    /// Named only by a link vouch cannot resolve offline (`lnkd.in`, `/pub/`).
    case unresolvedLink = "unresolved-link"

    /// False when vouch could not tell who is meant (ambiguous, or an unresolvable link).
    public var isResolved: Bool { self != .ambiguous && self != .unresolvedLink }
}
