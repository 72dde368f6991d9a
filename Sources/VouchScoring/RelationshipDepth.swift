import VouchDates

/// The depth of the owner's relationship with one connection, with the evidence behind it.
public struct RelationshipDepth: Sendable, Hashable {
    /// The connection's index in the export.
    public let index: Int
    public let tier: RelationshipTier
    /// A relationship that had substance (trusted, or familiar through a substantive
    /// exchange) with no interaction for a long time: worth reconnecting.
    public let dormant: Bool
    /// A light familiar tie with no interaction for as long: a dormant acquaintance, counted
    /// but not listed as a strong tie worth reconnecting.
    public let lapsed: Bool
    /// A summary in [0, 1]; tiers occupy bands (nominal below 0.3, trusted from 0.6).
    public let score: Double
    /// Short, specific sentences a person can check, written when asked for: a report shows
    /// the sentences of a few hundred people, not of every connection.
    public var evidence: [String] { evidenceSource.sentences }
    /// What ``evidence`` is written from.
    let evidenceSource: EvidenceSource
    /// Tags from annotations and address books.
    public let tags: [String]
    /// True when the tier comes from the owner's annotation rather than the model.
    public let annotated: Bool
    /// The latest dated interaction, if any.
    public let lastInteraction: CalendarDay?
    /// True when the person currently works at one of the owner's former employers.
    public let formerEmployer: String?

    /// True when the connection is too new to be a relationship (nominal by the model, known
    /// for fewer than `newConnectionDays`), which the connection date alone tells: no
    /// messages are needed to judge it. False when an annotation states the tier.
    package var isTooRecent: Bool { !annotated && evidenceSource.knownForDays != nil }
}
