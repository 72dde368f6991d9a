import VouchIdentity
import VouchScoring

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
    package var isKnown: Bool { !isUnknown && tier >= .familiar }

    /// Why introductions wait on the requester, whoever is on the list.
    public enum Hold: Sendable {
        /// Premature solicitation: get to know each other first.
        case nearStranger
        /// A familiar or trusted tie gone quiet: reconnect first.
        case dormant
        /// Only an e-mail address the export lacks: who is asking cannot be told.
        case unidentified
    }

    /// What introductions wait for because of who is asking; nil when nothing.
    public var hold: Hold? {
        if prematureSolicitation { return .nearStranger }
        if match == .none && isUnknown { return .unidentified }
        if dormant && !isUnknown && tier >= .familiar { return .dormant }
        return nil
    }
}
