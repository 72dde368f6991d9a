/// Why a row that was read was deliberately left out of scoring. The raw value is how
/// reports name the reason.
public enum ExclusionReason: String, Hashable, Sendable, CaseIterable, Comparable {
    /// A message in LinkedIn's spam folder.
    case spamFolder = "spam folder"
    /// A message the owner wrote but never sent.
    case draft
    /// A conversation LinkedIn started for an advertiser (InMail, sponsored messages).
    case sponsoredConversation = "sponsored conversation"
    /// A row dated after the `--as-of` day: as of then it had not happened.
    case afterAsOf = "dated after the as-of day"

    /// Reports list reasons in the order of their names.
    public static func < (lhs: ExclusionReason, rhs: ExclusionReason) -> Bool { lhs.rawValue < rhs.rawValue }
}
