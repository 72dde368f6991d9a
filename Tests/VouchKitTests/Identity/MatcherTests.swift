import Testing

@testable import VouchKit

struct MatcherTests {
    static let directory = ConnectionDirectory([
        connection(
            0, "Zoë", "Müller", company: "Northwind Traders", url: "https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller-1"),
        connection(1, "Robert", "Kowalski", company: "Fabrikam Inc."),
        connection(2, "Elizabeth", "Chen", company: "Chen & Ortiz CPAs", email: "liz@chen.example"),
        connection(3, "Chris", "Park", company: "Northwind Traders"),
        connection(4, "Chris", "Park", company: "Fabrikam Inc."),
        connection(5, "William", "Ortiz-Lane", company: "Acme"),
        connection(6, "Jane", "Doe", company: "Acme"),
    ])

    static func connection(
        _ index: Int, _ first: String, _ last: String, company: String, url: String? = nil, email: String? = nil
    ) -> Connection {
        Connection(
            index: index, firstName: first, lastName: last, profileURL: url, email: email, company: company,
            position: "", connectedOn: nil, line: index + 2)
    }

    func matched(_ query: PersonQuery) -> Int? {
        if case .matched(let index, _, _) = PersonMatcher(directory: Self.directory).match(query) { return index }
        return nil
    }

    @Test func diacriticsFold() { #expect(matched(PersonQuery(name: "Zoe Muller")) == 0) }
    @Test func nicknames() {
        #expect(matched(PersonQuery(name: "Bob Kowalski")) == 1)
        #expect(matched(PersonQuery(name: "Liz Chen")) == 2)
        #expect(matched(PersonQuery(name: "Bill Ortiz-Lane")) == 5)
    }
    @Test func honorificsAndCredentials() {
        #expect(matched(PersonQuery(name: "Dr. Jane Doe, CFP")) == 6)
        #expect(matched(PersonQuery(name: "Jane Doe MBA")) == 6)
        #expect(matched(PersonQuery(name: "Ms. Jane Q. Doe")) == 6)
    }
    @Test func initials() { #expect(matched(PersonQuery(name: "J. Doe")) == 6) }
    @Test func profileURLWinsOverName() {
        #expect(matched(PersonQuery(name: "Someone Else", profileURL: "linkedin.com/in/zoë-müller-1/")) == 0)
    }
    @Test func email() { #expect(matched(PersonQuery(name: "", email: "LIZ@chen.example")) == 2) }
    @Test func twoPlausibleConnectionsAreAmbiguous() {
        guard
            case .ambiguous(let candidates) = PersonMatcher(directory: Self.directory).match(
                PersonQuery(name: "Chris Park"))
        else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(Set(candidates.map(\.index)) == [3, 4])
    }
    @Test func companyBreaksTheTie() {
        #expect(matched(PersonQuery(name: "Chris Park", company: "Fabrikam")) == 4)
    }
    @Test func strangersDoNotMatch() {
        #expect(PersonMatcher(directory: Self.directory).match(PersonQuery(name: "Jordan Blake")) == .none)
        #expect(PersonMatcher(directory: Self.directory).match(PersonQuery(name: "Robin Kowalski")) == .none)
    }
    @Test func companyNames() {
        #expect(CompanyName.matches("Northwind Traders, Inc.", "northwind traders"))
        #expect(CompanyName.matches("Fabrikam", "Fabrikam Inc."))
        #expect(!CompanyName.matches("Acme", "Globex"))
    }
}
