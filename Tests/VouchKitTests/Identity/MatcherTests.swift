import Testing

@testable import VouchIdentity

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

/// The name index finds exactly the connections its definition names: those sharing a
/// family-name token with the query and a given-name key (prefix, nickname group, initial).
struct NameIndexTests {
    @Test func candidatesAreExactlyThoseSharingAFamilyTokenAndAGivenKey() {
        let firsts = ["Robert", "Bob", "Roberta", "R.", "Anna", "Ana", "Liz", "Elizabeth", "Zoë", "", "Chris"]
        let lasts = ["Smith", "Smithers", "García Lorca", "Garcia", "Müller-Lang", "Lang", "Smith Smith", ""]
        var people: [Connection] = []
        for first in firsts {
            for last in lasts {
                people.append(
                    Connection(
                        index: people.count, firstName: first, lastName: last, profileURL: nil, email: nil,
                        company: "", position: "", connectedOn: nil, line: people.count + 2))
            }
        }
        let directory = ConnectionDirectory(people)
        for first in firsts {
            for last in lasts {
                let query = PersonName(first: first, last: last)
                guard !query.isEmpty else { continue }
                let expected = people.indices.filter { index in
                    let name = directory.names[index]
                    guard !people[index].isHidden, !name.isEmpty else { return false }
                    guard query.tokens.count > 1 else {
                        // A single token is looked up among family names (and one-token names).
                        return name.tokens.dropFirst().contains(query.first)
                            || (name.tokens.count == 1 && name.first == query.first)
                    }
                    let indexed = Set(ConnectionDirectory.givenKeys(indexing: name.first))
                    let probes = ConnectionDirectory.givenKeys(probing: query.first)
                    return query.tokens.dropFirst().contains { name.tokens.dropFirst().contains($0) }
                        && probes.contains { indexed.contains($0) }
                }
                #expect(directory.candidates(for: query) == expected, "\(first) \(last)")
            }
        }
    }
}
