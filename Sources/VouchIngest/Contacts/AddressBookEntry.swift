import VouchDates
import VouchIdentity

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
