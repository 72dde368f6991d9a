import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting

/// How single lines and headers of a request are read: dashes, separators, headers people
/// write, and lines that are not people.
struct RequestReadingTests {
    func parse(_ text: String, name: String = "list.txt") throws -> RequestList {
        try TestLists.parse(text, name: name)
    }

    /// What follows a dash is decided by its shape, whichever dash it is.
    @Test func dashesAndSeparators() {
        typealias P = RequestLineParser.Parsed
        let cases: [(String, P)] = [
            (
                "Liam Miller – Account Executive at Northwind Traders",
                P(name: "Liam Miller", company: "Northwind Traders", title: "Account Executive")
            ),
            (
                "Liam Miller - Account Executive at Northwind Traders",
                P(name: "Liam Miller", company: "Northwind Traders", title: "Account Executive")
            ),
            ("Olivia Hall — Alpine Ski House", P(name: "Olivia Hall", company: "Alpine Ski House")),
            ("Olivia Hall—Alpine Ski House", P(name: "Olivia Hall", company: "Alpine Ski House")),
            ("Olivia Hall -- Alpine Ski House", P(name: "Olivia Hall", company: "Alpine Ski House")),
            ("Omar Haddad - Northwind Traders", P(name: "Omar Haddad", company: "Northwind Traders")),
            ("Ravi Shah – VP Sales, Fabrikam", P(name: "Ravi Shah", company: "Fabrikam", title: "VP Sales")),
            ("Ravi Shah – Head of Design", P(name: "Ravi Shah", title: "Head of Design")),
            ("Ravi Shah - Bank of the West", P(name: "Ravi Shah", company: "Bank of the West")),
            (
                "Jane Doe — she is hiring designers",
                P(name: "Jane Doe", reason: "she is hiring designers")
            ),
            ("Jane Doe – met her at the expo", P(name: "Jane Doe", reason: "met her at the expo")),
            (
                "Jane Doe -- would love to talk about logistics",
                P(name: "Jane Doe", reason: "would love to talk about logistics")
            ),
            ("Jane Doe: we both coach soccer", P(name: "Jane Doe", reason: "we both coach soccer")),
            (
                "Jane Doe, Acme Corp — she is hiring designers",
                P(name: "Jane Doe", company: "Acme Corp", reason: "she is hiring designers")
            ),
            ("Jane Doe (met at the expo)", P(name: "Jane Doe", reason: "met at the expo")),
            ("Jane Doe | Acme | she is hiring", P(name: "Jane Doe", company: "Acme", reason: "she is hiring")),
            ("Jean-Luc Picard - Starfleet", P(name: "Jean-Luc Picard", company: "Starfleet")),
            ("Sam Lee (they/them), Contoso", P(name: "Sam Lee", company: "Contoso")),
        ]
        for (line, expected) in cases {
            var parsed = RequestLineParser.parse(line)
            parsed.swappedName = nil
            #expect(parsed == expected, "\(line)")
        }
    }

    @Test func lastFirstIsOfferedOnlyForNameShapes() {
        #expect(RequestLineParser.parse("Okafor, Maya").swappedName == "Maya Okafor")
        #expect(RequestLineParser.parse("Natarajan, Priya").swappedName == "Priya Natarajan")
        #expect(RequestLineParser.parse("Jane Doe, Acme Inc").swappedName == nil)
        #expect(RequestLineParser.parse("Jane Doe, VP Sales").swappedName == nil)
    }

    @Test func headersPeopleWrite() throws {
        let headers: [(String, String)] = [
            ("Full Name,Company Name,Reason for intro", "name company reason"),
            ("Name of person,Organisation/Organization,Reason for introduction", "name company reason"),
            ("Contact,Organization,Why them?", "name company reason"),
            ("NAME,Employer,Why", "name company reason"),
            ("Full name;Employer;Notes", "name company reason"),
            ("name,company,LinkedIn URL", "name company url"),
            ("Contact,Organisation,Profile link", "name company url"),
            ("Full Name,Company,LinkedIn", "name company url"),
        ]
        for (header, roles) in headers {
            let third = roles.hasSuffix("url") ? "https://www.linkedin.com/in/jane-doe-1" : "she is hiring"
            let separator = header.contains(";") ? ";" : ","
            let list = try parse(
                header + "\n" + ["Jane Doe", "Acme", third].joined(separator: separator) + "\n", name: "list.csv")
            #expect(list.entries.count == 1, "\(header)")
            guard let entry = list.entries.first else { continue }
            #expect(entry.query.name == "Jane Doe", "\(header)")
            #expect(entry.query.company == "Acme", "\(header)")
            if roles.hasSuffix("url") {
                #expect(entry.query.profileURL == third, "\(header)")
            } else {
                #expect(entry.reason == third, "\(header)")
            }
        }
    }

    /// The issue's e-mail pasted into a text file: six lines that are not people.
    @Test func anEmailBodyGivesOnlyThePeople() throws {
        let list = try parse(
            """
            Hi Morgan

            1. Liam Miller – Account Executive at Northwind Traders
            2. Olivia Hall — Alpine Ski House

            Would any of these be possible? No pressure at all.
            Thanks!
            Pat
            Pat Quinn | Quinn Wealth Partners | (555) 010-2233
            Sent from my iPhone
            """)
        #expect(list.entries.map(\.query.name) == ["Liam Miller", "Olivia Hall"])
        #expect(list.entries.allSatisfy { $0.reason == nil })
        #expect(list.skipped.map(\.line) == [1, 6, 7, 8, 9, 10])
    }

    @Test func linesThatAreNotPeople() throws {
        let lines: [(String, String)] = [
            ("Hello Dana,", "greeting"),
            ("Good morning!", "greeting"),
            ("Best regards,", "closing"),
            ("Thanks so much!", "closing"),
            ("Here are the people I mentioned:", "lead-in"),
            ("I would really appreciate any help with this.", "sentence"),
            ("Sent from my iPhone", "mail app"),
            ("Get Outlook for Android", "mail app"),
            ("+1 (555) 010-2233", "phone"),
            ("> Dana wrote this earlier", "quoted"),
            ("## Marketing people", "heading"),
            ("---------- Forwarded message ---------", "forwarding"),
            ("Subject: intros", "header"),
        ]
        for (line, word) in lines {
            let list = try parse(line + "\n")
            #expect(list.entries.isEmpty, "\(line)")
            #expect(list.skipped.first?.reason.contains(word) == true, "\(line): \(list.skipped.first?.reason ?? "")")
        }
    }

    @Test func namesThatLookLikeWordsStayNames() throws {
        let list = try parse("Will Smith\nMay Chen\nHope Alvarez, Contoso\nDr. Ana Lima, CFP\n")
        #expect(list.entries.map(\.query.name) == ["Will Smith", "May Chen", "Hope Alvarez", "Dr. Ana Lima, CFP"])
        #expect(list.skipped.isEmpty)
    }

    @Test func aListItemStartingWithANameIsThatPerson() throws {
        let list = try parse(
            "- Jane Doe because she is hiring\n- Maria do Carmo Silva\nBo Lund because he knows Jane\n")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Maria do Carmo Silva"])
        #expect(list.entries[0].reason == "because she is hiring")
        // Not a list item: prose, skipped.
        #expect(list.skipped.map(\.line) == [3])
    }

    @Test func aSingleWordOrDigitsAreKeptButMarked() throws {
        let list = try parse("Jane Doe\nMadonna\nPerson 12\n")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Madonna", "Person 12"])
        #expect(list.entries[0].doubt == nil)
        #expect(list.entries[1].doubt?.contains("not sure") == true)
        #expect(list.entries[2].doubt?.contains("digits") == true)
        let csv = try parse("Name\nPerson 12\n", name: "list.csv")
        #expect(csv.entries.first?.doubt?.contains("digits") == true)
    }

    @Test func everythingAfterTheSignatureSeparatorOrAQuoteIsSkipped() throws {
        let list = try parse("Jane Doe\n-- \nBo Lund\nOn Mon, Bo wrote:\nCara Moe\n")
        #expect(list.entries.map(\.query.name) == ["Jane Doe"])
        #expect(list.skipped.map(\.line) == [2, 3, 4, 5])
        let quoted = try parse("Jane Doe\nOn Mon, 2 Nov 2026, Bo Lund <bo@example.com> wrote:\nCara Moe\n")
        #expect(quoted.entries.map(\.query.name) == ["Jane Doe"])
    }

    @Test func subBulletsAndIndentedLinesAreNotes() throws {
        let list = try parse(
            "- Jane Doe\n  - met her at the expo\n  - she is hiring\n- Bo Lund, Globex\n    ask about the merger\n",
            name: "list.md")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Bo Lund"])
        #expect(list.entries[0].reason == "met her at the expo; she is hiring")
        #expect(list.entries[1].reason == "ask about the merger")
    }

    @Test func peopleUnderAHeadingBulletAreNotNotes() throws {
        let list = try parse(
            "- Bo Lund\n- From my Northwind days:\n  - Jane Doe\n  - Cara Moe\n    linkedin.com/in/cara-moe-1\n",
            name: "list.md")
        #expect(list.entries.map(\.query.name) == ["Bo Lund", "Jane Doe", "Cara Moe"])
        #expect(list.entries.allSatisfy { $0.reason == nil })
        #expect(list.entries[2].query.profileURL == "linkedin.com/in/cara-moe-1")
        #expect(list.skipped.map(\.line) == [2])
    }

    @Test func htmlEmailWithParagraphsAndBreaks() throws {
        let html = """
            <html><body><p>Hi Dana,</p><p>Could you introduce me to:</p>
            <p>Jane Doe<br>Bo Lund &ndash; Globex<br/>Cara Moe</p><p>Thanks!<br>Pat</p></body></html>
            """
        let list = try parse(html, name: "mail.html")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Bo Lund", "Cara Moe"])
        #expect(list.entries[1].query.company == "Globex")
        #expect(list.skipped.count == 4)
    }

    @Test func links() {
        #expect(ProfileLink("https://www.linkedin.com/mwlite/in/jane-doe-1") != nil)
        if case .resolvable(let url) = ProfileLink("https://www.linkedin.com/mwlite/in/jane-doe-1") {
            #expect(ProfileKey(url: url)?.slug == "jane-doe-1")
        } else {
            Issue.record("mwlite is an /in/ link")
        }
        if case .resolvable(let url) = ProfileLink("https://uk.linkedin.com/in/jane-doe-1/") {
            #expect(ProfileKey(url: url)?.slug == "jane-doe-1")
        } else {
            Issue.record("a country subdomain is an /in/ link")
        }
        #expect(ProfileLink("https://lnkd.in/abc123") == .unresolvable("https://lnkd.in/abc123"))
        #expect(
            ProfileLink("https://www.linkedin.com/pub/jane-doe/1/2/3")
                == .unresolvable("https://www.linkedin.com/pub/jane-doe/1/2/3"))
        #expect(ProfileLink("https://example.com/in/jane") == nil)
        #expect(ProfileLink("https://www.linkedin.com/company/acme") == nil)
        #expect(
            ProfileLink("https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH")
                == .unresolvable("https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH"))
    }
}
