import VouchIO

/// How one address book was used.
public struct AddressBookSummary: Sendable, Hashable {
    public let path: String
    public let format: String
    public let entries: Int
    public let matched: Int
    public let skipped: [SkippedRow]
}
