import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchIO

/// Requests written as people write them: names inside sentences, greetings, closings and
/// signatures around them, and LinkedIn search results pasted as they are copied.
struct ProseRequestTests {
    func parse(_ text: String, name: String = "list.txt") throws -> RequestList {
        try TestLists.parse(text, name: name)
    }

    /// A sentence that asks for people gives the people it names, and nothing else of it.
    @Test(arguments: [
        ("Could you introduce me to Maya Okafor, Ben Carter and Ana Lima?", ["Maya Okafor", "Ben Carter", "Ana Lima"]),
        ("could you connect me with Jane Doe", ["Jane Doe"]),
        ("I would love to meet Maya Okafor!!! And also Ben Carter??", ["Maya Okafor", "Ben Carter"]),
        ("I'd love to meet Omar Haddad and Grace Lindqvist.", ["Omar Haddad", "Grace Lindqvist"]),
        ("Also Dana Ruiz, PhD if she's still at Lumen (the sepsis paper).", ["Dana Ruiz, PhD"]),
        ("Can you put me in touch with Dr. Ana Lima & Seán O'Brien?", ["Dr. Ana Lima", "Seán O'Brien"]),
        (
            "Would love intros to Maya Okafor, Ben Carter, and Ana de la Cruz!",
            ["Maya Okafor", "Ben Carter", "Ana de la Cruz"]
        ),
        (
            "Could you introduce me to: Amélie Fournier, Lars Eriksen and Tobias Wren?",
            ["Amélie Fournier", "Lars Eriksen", "Tobias Wren"]
        ),
    ])
    func namesInASentence(_ line: String, _ names: [String]) throws {
        let list = try parse(line)
        #expect(list.entries.map(\.query.name) == names)
        #expect(list.entries.allSatisfy { $0.reason == nil })
        #expect(list.skipped.isEmpty)
    }

    /// What follows the names is a reason only when it says why.
    @Test func reasonOnlyWhenItSaysWhy() throws {
        let why = try parse("Could you connect me with Jane Doe because she is hiring designers?")
        #expect(why.entries.map(\.query.name) == ["Jane Doe"])
        #expect(why.entries.first?.reason == "because she is hiring designers")
        let company = try parse("Could you connect me with Jane Doe at Acme Corp because she is hiring?")
        #expect(company.entries.map(\.query.name) == ["Jane Doe"])
        #expect(company.entries.first?.query.company == "Acme Corp")
        #expect(company.entries.first?.reason == "because she is hiring")
        let condition = try parse("Also Dana Ruiz, PhD if she's still at Lumen.")
        #expect(condition.entries.first?.reason == nil)
    }

    /// A list line whose reason asks for someone else is still that person, with the reason.
    @Test func listLineWithAnAskingReason() throws {
        let list = try parse(
            "Jane Doe — would love to talk to Acme's CFO\nOmar Haddad: we'd love to meet Ben Carter too")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Omar Haddad"])
        #expect(list.entries.map(\.reason) == ["would love to talk to Acme's CFO", "we'd love to meet Ben Carter too"])
        let note = try parse("- Maya Okafor\n  - she wants to meet Ben Carter too\n- Omar Haddad")
        #expect(note.entries.map(\.query.name) == ["Maya Okafor", "Omar Haddad"])
        #expect(note.entries.first?.reason == "she wants to meet Ben Carter too")
        let aside = try parse("Maya Okafor (would love to meet Ben Carter too)")
        #expect(aside.entries.map(\.query.name) == ["Maya Okafor"])
        let greeting = try parse("Hey Rowan — could you introduce me to Maya Okafor?")
        #expect(greeting.entries.map(\.query.name) == ["Maya Okafor"])
    }

    /// Sentences that only sound like asking name nobody: read as before.
    @Test func askingWordsWithoutNames() throws {
        let list = try parse(
            """
            Great to meet you at the mixer! As promised, here are the folks I'd love to meet:
            Maya Okafor
            Could you introduce me to the CEO of Acme? No pressure.
            """)
        #expect(list.entries.map(\.query.name) == ["Maya Okafor"])
        #expect(list.skipped.map(\.line) == [1, 3])
    }

    /// A one-line e-mail: the greeting, the closing and the signature are skipped with their reasons.
    @Test func oneLineEmail() throws {
        let list = try parse(
            "Hi Rowan, great to meet you at the summit! Could you introduce me to: Amélie Fournier, Lars Eriksen and Tobias Wren? Thanks! Kyle"
        )
        #expect(list.entries.map(\.query.name) == ["Amélie Fournier", "Lars Eriksen", "Tobias Wren"])
        let reasons = list.skipped.map(\.reason)
        #expect(reasons.count == 3)
        #expect(reasons.first?.hasPrefix("a greeting") == true)
        #expect(reasons.dropFirst().first?.hasPrefix("a closing") == true)
        #expect(reasons.last?.hasPrefix("part of the signature") == true)
    }

    /// Greetings, closings and the signature after a closing are never people, in the
    /// languages the headers are read in too.
    @Test(arguments: [
        "Hey Rowan — here's the list we talked about, grouped by type.", "Hi Sam,", "Bonjour Claire,",
        "Hola Marta,", "Ciao Marco,", "Guten Morgen Jana,", "Liebe Anna,", "Cher Paul,", "Cara Giulia,",
        "Olá Joana,", "Buongiorno Luca,",
    ])
    func greetingIsNoPerson(_ greeting: String) throws {
        let list = try parse(greeting + "\nMaya Okafor")
        #expect(list.entries.map(\.query.name) == ["Maya Okafor"])
        #expect(list.skipped.first?.reason.hasPrefix("a greeting") == true)
    }

    @Test(arguments: [
        "Love,", "Thanks!", "Cheers", "Best,", "Warmly", "Merci,", "Liebe Grüße,", "Un abrazo,", "Grazie mille!",
        "Obrigada,", "Ciao,",
    ])
    func closingAndSignatureAreNoPeople(_ closing: String) throws {
        let list = try parse("Maya Okafor\nBen Carter\n\n\(closing)\nAmélie\nAmélie Fournier | Fournier Freight")
        #expect(list.entries.map(\.query.name) == ["Maya Okafor", "Ben Carter"])
        #expect(list.skipped.map(\.line) == [4, 5, 6])
        #expect(list.skipped.first?.reason.hasPrefix("a closing") == true)
    }

    /// A person named like a closing word is still a person.
    @Test func nameLikeAClosing() throws {
        let list = try parse("Love Andersson\nCara Smith\nMaya Okafor")
        #expect(list.entries.map(\.query.name) == ["Love Andersson", "Cara Smith", "Maya Okafor"])
    }

    /// A greeting, a thank-you and a signature name nobody: the empty-list error.
    @Test func greetingThanksAndSignatureNameNobody() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-empty-ask.txt").path
        try Data("Hi Rowan,\n\nThanks!\nKyle\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try RequestListReader.read(path: path)
            Issue.record("a greeting, a thank-you and a signature name nobody")
        } catch let error as InputError {
            #expect(error.message.contains("vouch-empty-ask.txt"))
            #expect(error.message.contains("none names a person"))
            #expect(error.message.contains("signature"))
        }
        // Thanks on top of a list still leaves the list.
        let list = try parse("Hi Rowan,\nThanks!\nMaya Okafor\nBen Carter")
        #expect(list.entries.map(\.query.name) == ["Maya Okafor", "Ben Carter"])
    }

    /// LinkedIn's search results, pasted: the people, with their headline as title; locations
    /// and buttons skipped.
    @Test func pastedSearchResults() throws {
        let list = try parse(
            """
            Keiko Satō · 1st
            Product Lead at Nimbus Robotics
            San Francisco Bay Area
            Message

            Lars Eriksen · 1st
            CTO at Fjordline Software
            Oslo, Norway
            Message

            Priya Raman · 2nd
            VP Engineering at Fjordline Software
            Greater London
            Connect

            Tobias Wren · 3rd+
            Engineering Manager at Quillfeather
            Berlin
            Follow
            """)
        #expect(list.entries.map(\.query.name) == ["Keiko Satō", "Lars Eriksen", "Priya Raman", "Tobias Wren"])
        #expect(list.entries.map(\.title) == ["Product Lead", "CTO", "VP Engineering", "Engineering Manager"])
        #expect(
            list.entries.map(\.query.company) == [
                "Nimbus Robotics", "Fjordline Software", "Fjordline Software", "Quillfeather",
            ])
        #expect(list.skipped.map(\.line) == [3, 4, 8, 9, 13, 14, 18, 19])
        #expect(list.skipped.filter { $0.reason.hasPrefix("a location") }.count == 4)
        #expect(list.skipped.filter { $0.reason.hasPrefix("a LinkedIn button") }.count == 4)
    }

    /// A headline that is a title alone is the person's title; the city under it is skipped.
    @Test func headlineWithoutCompany() throws {
        let list = try parse("João Costa · 3rd+\nSoftware Engineer\nPorto\nFollow\n\nAna Lima · 2nd")
        #expect(list.entries.map(\.query.name) == ["João Costa", "Ana Lima"])
        #expect(list.entries.first?.title == "Software Engineer")
        #expect(list.skipped.map(\.line) == [3, 4])
    }

    /// A copied list with degrees but no locations keeps the next person.
    @Test func degreesWithoutLocations() throws {
        let list = try parse("Olivia Hall · 2nd\nManager at Alpine Ski House\nMaya Okafor\nBen Carter")
        #expect(list.entries.map(\.query.name) == ["Olivia Hall", "Maya Okafor", "Ben Carter"])
    }
}
