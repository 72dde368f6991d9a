/// One person in an address book the user exported (Google Contacts, Outlook, a phone's
/// vCard file, or LinkedIn's own imported `Contacts.csv`).
public struct AddressBookEntry: Sendable, Hashable {
    /// Where it came from, for evidence sentences (`Google contacts`, `Outlook contacts`, …).
    public let source: String
    public let name: String
    public let company: String
    public let title: String
    public let emails: [String]
    public let phones: [String]
    /// LinkedIn profile URLs found among the entry's web addresses.
    public let profileURLs: [String]
    /// Group labels and categories (`Church`, `Clients`), system labels removed.
    public let labels: [String]
    public let hasNote: Bool
    public let hasBirthday: Bool
    /// When the entry was created, where the format says.
    public let created: CalendarDay?
    /// The line (or the vCard's BEGIN line) in the file.
    public let line: Int

    /// The query the shared matcher takes.
    var query: PersonQuery {
        PersonQuery(name: name, company: company, profileURL: profileURLs.first, email: emails.first)
    }
}

/// An address book file read: its entries and the lines it could not use.
public struct AddressBook: Sendable {
    public let path: String
    /// The format recognised (`google`, `google-legacy`, `outlook`, `vcard`, `linkedin-contacts`).
    public let format: String
    public let entries: [AddressBookEntry]
    public let skipped: [SkippedRow]
}

/// What address books say about one connection: evidence the LinkedIn export never has.
public struct AddressBookFact: Sendable, Hashable {
    /// The books it appears in (`Google contacts`, …), in the order read.
    public var sources: [String] = []
    public var hasPhone = false
    public var hasNote = false
    public var hasBirthday = false
    public var labels: [String] = []
    /// The earliest creation date any book gives.
    public var since: CalendarDay?

    /// Adds one entry's facts.
    mutating func add(_ entry: AddressBookEntry) {
        if !sources.contains(entry.source) { sources.append(entry.source) }
        hasPhone = hasPhone || !entry.phones.isEmpty
        hasNote = hasNote || entry.hasNote
        hasBirthday = hasBirthday || entry.hasBirthday
        for label in entry.labels where !labels.contains(label) { labels.append(label) }
        since = CalendarDay.earliest(since, entry.created)
    }
}
