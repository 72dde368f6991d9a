import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchIO

/// Requests as people write them beyond one name a line: several names joined on one line,
/// asking phrases in the languages of the headers, polite sentences in those languages, and a
/// closing and signature at the end of a one-line e-mail.
struct WrittenRequestTests {
    func parse(_ text: String, name: String = "list.txt") throws -> RequestList {
        try TestLists.parse(text, name: name)
    }

    /// Names joined by `and`, `&`, `;` and their other-language forms are several people; a
    /// reason after a dash is each one's.
    @Test(arguments: [
        ("Amélie Fournier and Lars Eriksen", ["Amélie Fournier", "Lars Eriksen"]),
        ("Amélie Fournier & Lars Eriksen", ["Amélie Fournier", "Lars Eriksen"]),
        ("Seán O'Brien; Keiko Satō; Bruno Brennan", ["Seán O'Brien", "Keiko Satō", "Bruno Brennan"]),
        ("Lars Eriksen und Tobias Wren", ["Lars Eriksen", "Tobias Wren"]),
        ("- Ana de la Cruz y Jean-Pierre D'Aubigné", ["Ana de la Cruz", "Jean-Pierre D'Aubigné"]),
    ])
    func namesJoinedOnALine(_ line: String, _ names: [String]) throws {
        let list = try parse("Please introduce me to:\n" + line)
        #expect(list.entries.map(\.query.name) == names)
        #expect(list.entries.allSatisfy { $0.line == 2 && $0.doubt == nil })
        #expect(list.skipped.count == 1)
    }

    @Test func namesJoinedBeforeADashReason() throws {
        let list = try parse("Lars Eriksen and Keiko Satō - both for our robotics pilot")
        #expect(list.entries.map(\.query.name) == ["Lars Eriksen", "Keiko Satō"])
        #expect(list.entries.map(\.reason) == ["both for our robotics pilot", "both for our robotics pilot"])
        #expect(list.skipped.isEmpty)
    }

    /// A company with `and` or `&` in it stays one company, and its person one person.
    @Test func companiesWithAndStayCompanies() throws {
        let list = try parse(
            "Chris Morgan (Procter and Gamble)\nAmélie Fournier at Johnson & Johnson\n"
                + "Tobias Wren - Engineering Manager at Procter and Gamble - wants to talk hiring\nJosé Ortega y Gasset"
        )
        #expect(
            list.entries.map(\.query.name) == [
                "Chris Morgan", "Amélie Fournier", "Tobias Wren", "José Ortega y Gasset",
            ])
        #expect(
            list.entries.prefix(3).map(\.query.company) == [
                "Procter and Gamble", "Johnson & Johnson", "Procter and Gamble",
            ])
    }

    /// More ways to ask, in English and the languages of the headers, with their `and`.
    @Test(arguments: [
        ("Could you intro me to Amélie Fournier and Dana Ruiz?", ["Amélie Fournier", "Dana Ruiz"]),
        ("Intros please: Seán O'Brien; Keiko Satō; Bruno Brennan", ["Seán O'Brien", "Keiko Satō", "Bruno Brennan"]),
        ("I would like to meet Lars Eriksen.", ["Lars Eriksen"]),
        (
            "Pourrais-tu me présenter à Amélie Fournier et à Jean-Pierre D'Aubigné ?",
            ["Amélie Fournier", "Jean-Pierre D'Aubigné"]
        ),
        ("Peux-tu me mettre en relation avec Lars Eriksen et Tobias Wren ?", ["Lars Eriksen", "Tobias Wren"]),
        ("Könntest du mich mit Lars Eriksen und Tobias Wren bekannt machen?", ["Lars Eriksen", "Tobias Wren"]),
        ("Kannst du mir bitte Lars Eriksen vorstellen?", ["Lars Eriksen"]),
        ("¿Puedes presentarme a Ana de la Cruz y a Luis Ortega?", ["Ana de la Cruz", "Luis Ortega"]),
        ("Potresti presentarmi a Giulia Bianchi e Marco Rossi?", ["Giulia Bianchi", "Marco Rossi"]),
        ("Podes apresentar-me a João Silva e Maria do Carmo?", ["João Silva", "Maria do Carmo"]),
        (
            "Can you introduce me to Amélie Fournier and Dana Ruiz, and maybe also Chris Morgan from Bluefin Capital?",
            ["Amélie Fournier", "Dana Ruiz", "Chris Morgan"]
        ),
    ])
    func askingPhrases(_ line: String, _ names: [String]) throws {
        let list = try parse(line)
        #expect(list.entries.map(\.query.name) == names)
        #expect(list.skipped.isEmpty)
    }

    /// `y` inside a name is part of it; German `mich mit` without an asking verb asks nothing.
    @Test func particlesAndSentencesThatDoNotAsk() throws {
        let name = try parse("Could you introduce me to José Ortega y Gasset?")
        #expect(name.entries.map(\.query.name) == ["José Ortega y Gasset"])
        let met = try parse("Ich habe mich mit Lars Eriksen getroffen und es war toll.")
        #expect(met.entries.isEmpty)
    }

    /// A polite sentence in another language is prose, not a person; names with particles and
    /// a full stop stay names.
    @Test func politeSentencesInOtherLanguages() throws {
        let list = try parse(
            "Hallo Rowan,\nbitte mit diesen Leuten bekannt machen:\nLars Eriksen\nAna de la Cruz.\n"
                + "Ich würde mich sehr freuen.\nJ'espère que tu vas bien.\nDas wäre super.\nMerci beaucoup !\n"
                + "Viele Grüße\nJonas")
        #expect(list.entries.map(\.query.name) == ["Lars Eriksen", "Ana de la Cruz."])
        #expect(list.skipped.map(\.line) == [1, 2, 5, 6, 7, 8, 9, 10])
        #expect(list.skipped.filter { $0.reason.contains("a sentence") }.map(\.line) == [5, 6, 7])
    }

    /// A closing and signature at the end of a one-line e-mail are skipped, as on lines of
    /// their own.
    @Test(arguments: [
        "Could you introduce me to Will Young and Lars Eriksen? Love, Kyle",
        "Could you introduce me to Will Young and Lars Eriksen? Best regards, Kyle Brandt",
        "Could you introduce me to Will Young and Lars Eriksen?\nLove,\nKyle",
    ])
    func inlineClosingAndSignature(_ text: String) throws {
        let list = try parse(text)
        #expect(list.entries.map(\.query.name) == ["Will Young", "Lars Eriksen"])
        #expect(list.skipped.map { $0.reason.prefix(9) } == ["a closing", "part of t"])
    }

    /// In a sentence, each person may come with their company, a company with `and` in it
    /// staying one.
    @Test(arguments: [
        (
            "Hi Rowan, could you introduce me to Amélie Fournier at Johnson & Johnson and Tobias Wren at Procter and Gamble? Thanks, Kyle",
            ["Amélie Fournier", "Tobias Wren"], ["Johnson & Johnson", "Procter and Gamble"]
        ),
        (
            "Could you introduce me to Amélie Fournier at Lumen Health and Tobias Wren at Quillfeather?",
            ["Amélie Fournier", "Tobias Wren"], ["Lumen Health", "Quillfeather"]
        ),
        ("Could you connect me with Jane Doe at Procter and Gamble?", ["Jane Doe"], ["Procter and Gamble"]),
        ("Could you connect me with Jane Doe and Ben Carter at Acme?", ["Jane Doe", "Ben Carter"], [nil, nil]),
    ])
    func companiesInASentence(_ line: String, _ names: [String], _ companies: [String?]) throws {
        let list = try parse(line)
        #expect(list.entries.map(\.query.name) == names)
        #expect(list.entries.map(\.query.company) == companies)
    }

    /// A sentence that opens with a full name and a verb describes that person: they are asked
    /// for, the rest is the reason.
    @Test func sentencesDescribingAPerson() throws {
        let list = try parse(
            "Greg Pullman is a designer I admire.\nMary-Kate Lindgren spoke at Config last year and I'd like her view.\n"
                + "Maya Okafor has moved to Fabrikam\nBest Regards from all of us here.")
        #expect(list.entries.map(\.query.name) == ["Greg Pullman", "Mary-Kate Lindgren", "Maya Okafor"])
        #expect(
            list.entries.map(\.reason) == [
                "is a designer I admire", "spoke at Config last year and I'd like her view", "has moved to Fabrikam",
            ])
        #expect(list.entries.allSatisfy { $0.query.company == nil })
        #expect(list.skipped.map(\.line) == [4])
    }

    /// `… would like to talk to him`: the person the sentence named before.
    @Test func askingForSomeoneNamedBefore() throws {
        let list = try parse(
            "I met Lars Eriksen briefly at a conference and would like to talk to him about observability.\n"
                + "Jane Doe — would love to talk to her")
        #expect(list.entries.map(\.query.name) == ["Lars Eriksen", "Jane Doe"])
        #expect(
            list.entries.map(\.reason) == [
                "I met Lars Eriksen briefly at a conference and would like to talk to him about observability",
                "would love to talk to her",
            ])
        let nobody = try parse("Hi Sam,\nMy Friend would love to talk to her.\nMaya Okafor")
        #expect(nobody.entries.map(\.query.name) == ["Maya Okafor"])
    }
}
