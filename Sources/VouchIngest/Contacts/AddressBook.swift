import VouchIO

/// An address book file read: its entries and the lines it could not use.
public struct AddressBook: Sendable {
    public let path: String
    /// The format recognised (`google`, `google-legacy`, `outlook`, `vcard`, `linkedin-contacts`).
    public let format: String
    public let entries: [AddressBookEntry]
    public let skipped: [SkippedRow]
}
