/// A pattern found in the list as a whole.
public struct ListSignal: Sendable, Hashable {
    /// A stable identifier (`blind-share`, `former-employer-cluster`, `mirrors-connections-order`,
    /// `missing-reasons`, `long-list`, `premature-solicitation`).
    public let id: String
    public let summary: String
    /// True when the signal counts against the list.
    public let isWarning: Bool
}
