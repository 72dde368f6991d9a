import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchIO

struct AddressBookTests {
    func read(_ name: String) throws -> AddressBook {
        try AddressBookReader.read(path: TestPaths.fixture("contacts/" + name))
    }

    static let directory = ConnectionDirectory([
        Connection(
            index: 0, firstName: "Anna", lastName: "Berg", profileURL: "https://www.linkedin.com/in/anna-berg-1a",
            email: nil, company: "Acme", position: "", connectedOn: CalendarDay(iso: "2020-01-01"), line: 2),
        Connection(
            index: 1, firstName: "Robert", lastName: "Kowalski", profileURL: "https://www.linkedin.com/in/bob-k-77",
            email: nil, company: "Fabrikam Inc.", position: "", connectedOn: CalendarDay(iso: "2015-01-01"), line: 3),
    ])

    @Test func googleCurrent() throws {
        let book = try read("google-current.csv")
        #expect(book.format == "google")
        #expect(book.entries.map(\.name) == ["Anna Berg", "Robert J Kowalski", "Nina Stranger"])
        let anna = book.entries[0]
        #expect(anna.emails == ["anna@acme.example", "anna@home.example"])
        #expect(anna.phones == ["+46 70 000"])
        #expect(anna.labels == ["Church"])
        #expect(anna.hasBirthday && anna.hasNote)
        #expect(book.entries[1].labels == ["Clients"])
        #expect(book.entries[1].profileURLs == ["https://www.linkedin.com/in/bob-k-77"])
        #expect(book.skipped.map(\.line) == [4])
    }

    @Test func googleLegacy() throws {
        let book = try read("google-legacy.csv")
        #expect(book.format == "google-legacy")
        #expect(book.entries.first?.company == "Acme")
        #expect(book.entries.first?.labels == ["Networking"])
    }

    @Test func outlookBothVariants() throws {
        let web = try read("outlook-com.csv")
        #expect(web.format == "outlook")
        #expect(web.entries.first?.phones == ["+46 8 000"])
        #expect(web.entries.first?.labels == ["Clients", "Church"])
        #expect(web.entries.first?.hasBirthday == false)  // Outlook writes 0/0/00 for none
        let desktop = try read("outlook-desktop.csv")
        #expect(desktop.format == "outlook")
        #expect(desktop.entries.first?.name == "Robert Kowalski")
        #expect(desktop.entries.first?.company == "Fabrikam Inc.")
    }

    @Test func linkedInContacts() throws {
        let book = try read("linkedin-contacts.csv")
        #expect(book.format == "linkedin-contacts")
        #expect(book.entries[0].company == "")
        #expect(book.entries[0].emails == ["anna@acme.example", "anna@home.example"])
        #expect(book.entries[0].created?.description == "2022-11-22")
    }

    @Test func vCards() throws {
        let three = try read("vcard3.vcf")
        #expect(three.entries.count == 1)
        #expect(three.entries[0].name == "Anna Berg")
        #expect(three.entries[0].company == "Acme")
        #expect(three.entries[0].profileURLs == ["https://www.linkedin.com/in/anna-berg-1a"])
        #expect(three.entries[0].hasNote && three.entries[0].labels == ["Church"])
        #expect(three.skipped.count == 1)
        let four = try read("vcard4.vcf")
        #expect(four.entries[0].profileURLs == ["https://www.linkedin.com/in/bob-k-77"])
        #expect(four.entries[0].hasBirthday)
    }

    @Test func quotedPrintable() {
        #expect(VCardReader.decodeQuotedPrintable("Caf=C3=A9 meeting") == "Café meeting")
    }

    @Test func unknownFilesGetAClearError() {
        #expect {
            try read("not-an-address-book.csv")
        } throws: { error in
            (error as? InputError)?.message.contains("not an address book vouch knows") == true
        }
    }

    @Test func joinsByProfileThenEmailThenName() throws {
        let index = AddressBookIndex(
            books: [try read("google-current.csv"), try read("vcard3.vcf")], directory: Self.directory)
        #expect(index.byConnection[0]?.sources == ["Google contacts", "address book (vCard)"])
        #expect(index.byConnection[0]?.hasPhone == true)
        #expect(index.byConnection[1]?.labels == ["Clients"])  // joined by LinkedIn URL despite the middle initial
        #expect(index.nonConnection(PersonQuery(name: "Nina Stranger")) != nil)
        #expect(index.nonConnection(PersonQuery(name: "", email: "NINA@example.com")) != nil)
        #expect(index.nonConnection(PersonQuery(name: "Someone Else")) == nil)
    }

    @Test func addressBookLiftsOutOfNominalWithEvidence() throws {
        let export = try ExportReader.read(TestPaths.sampleZip)
        let before = Analysis(export: export)
        let books = [
            try AddressBookReader.read(
                path: TestPaths.repository.appendingPathComponent("SampleData/contacts/google-contacts.csv").path)
        ]
        let after = Analysis(export: export, addressBooks: books)
        func depth(_ analysis: Analysis, _ name: String) -> RelationshipDepth? {
            analysis.depths.first { analysis.connection($0).name == name }
        }
        #expect(depth(before, "Thomas Whitaker")?.tier == .nominal)
        let thomas = try #require(depth(after, "Thomas Whitaker"))
        #expect(thomas.tier == .familiar && !thomas.dormant)
        #expect(thomas.tags == ["church"])
        #expect(thomas.evidence.contains("in your Google contacts, with a phone number, label 'Church'"))
    }
}
