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

/// The verdict on a whole list.
public enum ListVerdict: String, Sendable {
    case targeted
    case mixed
    case listPushing = "list-pushing"
}

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

extension VettedTarget {
    /// True for a namesake whose messages could not be given to one person: not blind, but
    /// how well the owner knows them cannot be told, so the owner decides (the only nominal
    /// connection that gets needs-reason).
    public var depthUntold: Bool { verdict == .needsReason && depth?.tier == .nominal }
}

/// The requester's own standing with the owner.
public struct RequesterAssessment: Sendable {
    /// Where the requester's name came from.
    public enum Source: String, Sendable {
        /// `--requester`.
        case option
        /// The `From:` header of the saved e-mail the list came in.
        case emailSender = "email-sender"
        /// The `From:` line of the message the owner forwarded (the outer sender is the owner).
        case forwardedSender = "forwarded-email-sender"
    }

    /// Who the requester is, as given.
    public let query: String
    /// The name to address them by: the matched connection's, else the name given without
    /// its e-mail address (or the link or address when no name is given).
    public let name: String
    public let source: Source
    public let match: MatchOutcome
    public let depth: RelationshipDepth?
    /// `stranger` when not a connection.
    public let tier: RelationshipTier
    /// True when the export lacks the evidence to tell (no messages file) and shows nothing
    /// more than a connection: the depth is unknown, not nominal.
    public let isUnknown: Bool
    public let dormant: Bool
    /// Asking for referrals before the relationship has reached credibility (Misner's VCP).
    public let prematureSolicitation: Bool
    public let evidence: [String]
    /// The closest connections' names when the requester matched nobody ("did you mean").
    public let suggestions: [String]
}

extension RequesterAssessment {
    /// The standing in words: "unknown", "familiar (dormant)", "not one of your connections".
    public var standing: String {
        if isUnknown { return "unknown" }
        if tier == .stranger { return "not one of your connections" }
        return tier.rawValue + (dormant ? " (dormant)" : "")
    }

    /// True when a warm reply fits: the owner knows the requester (familiar or trusted).
    var isKnown: Bool { !isUnknown && tier >= .familiar }
}

/// A pattern found in the list as a whole.
public struct ListSignal: Sendable, Hashable {
    /// A stable identifier (`blind-share`, `former-employer-cluster`, `mirrors-connections-order`,
    /// `missing-reasons`, `long-list`, `premature-solicitation`).
    public let id: String
    public let summary: String
    /// True when the signal counts against the list.
    public let isWarning: Bool
}

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
