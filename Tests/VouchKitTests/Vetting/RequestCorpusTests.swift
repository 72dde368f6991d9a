import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchIO

/// Requests as they arrive (e-mails, spreadsheets, notes, pasted text), vetted against the
/// sample export: every target is a person who was asked for, every other line is skipped
/// with its reason. The files are in Fixtures/requests (the .eml files written by
/// make-emails.py there); the workbook is written here.
struct RequestCorpusTests {
    struct Expected: Sendable, CustomTestStringConvertible {
        var file: String
        /// (who, verdict, times listed), in list order; who is the matched connection's name,
        /// else the name or link as asked.
        var targets: [(String, IntroVerdict, Int)]
        /// Skipped lines and a word of what each was taken for.
        var skipped: [(Int, String)]
        var verdict: ListVerdict
        /// The requester taken from the e-mail's `From:`, when one is.
        var sender: String? = nil
        /// Whether each target comes with the requester's reason, when the file tests that.
        var withReason: [Bool]? = nil
        var testDescription: String { file }
    }

    static let corpus: [Expected] = [
        Expected(
            file: "email-body.txt",
            targets: [
                ("Hannah Berg", .reconnectFirst, 1), ("Omar Haddad", .needsReason, 1),
                ("Ben Carter", .needsReason, 1), ("Jordan Blake", .notConnected, 1),
            ],
            skipped: [
                (1, "greeting"), (3, "lead-in"), (10, "sentence"), (12, "closing"), (13, "signature"),
                (15, "signature"), (16, "signature"), (17, "signature"),
            ],
            verdict: .mixed),
        Expected(
            file: "thanks-on-top.md",
            targets: [
                ("Maya Okafor", .vouch, 3), ("Robert Kowalski", .reconnectFirst, 1), ("Grace Lindqvist", .vouch, 1),
            ],
            skipped: [(1, "closing"), (10, "sentence"), (12, "closing"), (13, "signature")],
            verdict: .targeted),
        Expected(
            file: "dashes.txt",
            targets: [
                ("Hannah Berg", .reconnectFirst, 1), ("Omar Haddad", .needsReason, 1), ("Olivia Grant", .blind, 1),
                ("Ben Carter", .needsReason, 1), ("Grace Lindqvist", .vouch, 1),
                ("Robert Kowalski", .reconnectFirst, 1),
                ("Emily Sato", .blind, 1), ("Daniel Reyes", .blind, 1),
            ],
            skipped: [(1, "heading")],
            verdict: .mixed, withReason: [false, false, false, true, true, false, false, true]),
        Expected(
            file: "links.txt",
            targets: [
                ("Emily Sato", .blind, 1), ("Daniel Reyes", .blind, 1), ("https://lnkd.in/gR4xKq2", .unresolvedLink, 1),
                ("http://www.linkedin.com/pub/morgan-ellery/12/3a4/567", .unresolvedLink, 1),
                ("Grace Lindqvist", .vouch, 1),
            ],
            skipped: [],
            verdict: .listPushing),
        Expected(
            file: "people.tsv",
            targets: [
                ("Maya Okafor", .vouch, 1), ("Tomás Rivera", .vouch, 1), ("Robert Kowalski", .reconnectFirst, 1),
            ],
            skipped: [],
            verdict: .targeted),
        Expected(
            file: "quoted-printable.eml",
            targets: [("Tomás Rivera", .vouch, 1), ("Maya Okafor", .vouch, 1), ("Sofia Marchetti", .needsReason, 1)],
            skipped: [
                (1, "greeting"), (3, "sentence"), (10, "closing"), (11, "signature"), (13, "signature"),
                (14, "signature"),
            ],
            verdict: .targeted, sender: "Priya Natarajan <priya@natarajan-design.example>"),
        Expected(
            file: "base64.eml",
            targets: [
                ("Hannah Berg", .reconnectFirst, 1), ("Raúl Peña", .notConnected, 1), ("Ingrid Halvorsen", .blind, 1),
            ],
            skipped: [
                (1, "forwarding"), (2, "header"), (3, "header"), (4, "header"), (6, "greeting"), (8, "lead-in"),
                (14, "closing"), (15, "signature"), (17, "quoted"), (18, "quoted"), (19, "quoted"),
            ],
            verdict: .listPushing, sender: "\"Quinn, Pat\" <pat@quinnwealth.example>"),
        Expected(
            file: "html-email.eml",
            targets: [("Sofia Marchetti", .needsReason, 1), ("Daniel Reyes", .blind, 1), ("Lena Fischer", .blind, 1)],
            skipped: [(2, "greeting"), (3, "lead-in"), (7, "closing"), (7, "signature"), (8, "signature")],
            verdict: .listPushing, sender: "Chris Park <chris.park@fabrikam.example>"),
        Expected(
            file: "attached-list.eml",
            targets: [("Maya Okafor", .vouch, 1), ("Jordan Blake", .notConnected, 1)],
            skipped: [],
            verdict: .mixed, sender: "Olivia Grant <olivia@grantwellness.example>"),
        Expected(
            file: "friend-ask.txt",
            targets: [("Grace Lindqvist", .vouch, 1), ("Dana Ruiz, PhD", .notConnected, 1)],
            skipped: [(1, "greeting"), (5, "closing"), (6, "signature")],
            verdict: .mixed, withReason: [true, false]),
        Expected(
            file: "oneline.txt",
            targets: [("Maya Okafor", .vouch, 1), ("Omar Haddad", .needsReason, 1), ("Tobias Wren", .notConnected, 1)],
            skipped: [(1, "greeting"), (1, "closing"), (1, "signature")],
            verdict: .mixed, withReason: [false, false, false]),
        Expected(
            file: "headings.md",
            targets: [
                ("Maya Okafor", .vouch, 1), ("Ben Carter", .needsReason, 1), ("Emily Sato", .blind, 1),
                ("Hannah Berg", .reconnectFirst, 1), ("Tomás Rivera", .vouch, 1), ("Greg Pullman", .notConnected, 1),
            ],
            skipped: [(1, "heading"), (3, "greeting"), (5, "heading"), (12, "heading"), (17, "heading")],
            verdict: .mixed),
        Expected(
            file: "search-paste.txt",
            targets: [
                ("Hannah Berg", .reconnectFirst, 1), ("Omar Haddad", .needsReason, 1),
                ("Priya Raman", .notConnected, 1), ("Daniel Reyes", .blind, 1),
            ],
            skipped: [
                (3, "location"), (4, "button"), (8, "location"), (9, "button"), (13, "location"), (14, "button"),
                (18, "location"), (19, "button"),
            ],
            verdict: .mixed),
        Expected(
            file: "names-joined.txt",
            targets: [
                ("Maya Okafor", .vouch, 1), ("Omar Haddad", .needsReason, 1), ("Ben Carter", .needsReason, 1),
                ("Hannah Berg", .reconnectFirst, 1), ("Tomás Rivera", .vouch, 1), ("Grace Lindqvist", .vouch, 1),
            ],
            skipped: [(1, "lead-in")],
            verdict: .mixed, withReason: [false, false, true, true, false, false]),
        Expected(
            file: "email-de.txt",
            targets: [("Maya Okafor", .vouch, 1), ("Tomás Rivera", .vouch, 1)],
            skipped: [(1, "greeting"), (3, "sentence"), (5, "sentence"), (7, "closing"), (8, "signature")],
            verdict: .mixed),
        Expected(
            file: "oneline-love.txt",
            targets: [("Grace Lindqvist", .vouch, 1), ("Ben Carter", .needsReason, 1)],
            skipped: [(1, "closing"), (1, "signature")],
            verdict: .mixed),
    ]

    /// A greeting, a thank-you and a signature name nobody: the empty-list error, naming the file.
    @Test func greetingThanksAndSignatureIsTheEmptyListError() throws {
        let path = TestPaths.testsFolder.appendingPathComponent("Fixtures/requests/empty-ask.txt").path
        #expect {
            _ = try RequestListReader.read(path: path)
        } throws: { error in
            guard let error = error as? InputError else { return false }
            return error.message.contains("empty-ask.txt")
                && error.message.contains(
                    "none names a person: 1 × a greeting; 1 × a closing; 1 × part of the signature")
        }
    }

    static func who(_ target: VettedTarget) -> String {
        if case .matched(let index, _, _) = target.match {
            return VetterTests.analysis.export.connections[index].name
        }
        let query = target.entry.query
        return query.name.isEmpty
            ? (query.profileURL ?? target.entry.unresolvableLink ?? query.email ?? "") : query.name
    }

    static func check(_ result: VetResult, _ expected: Expected) {
        let targets = result.targets.map { (who($0), $0.verdict, $0.entry.timesListed) }
        #expect(targets.map(\.0) == expected.targets.map(\.0), "\(expected.file): targets")
        #expect(targets.map(\.1) == expected.targets.map(\.1), "\(expected.file): verdicts")
        #expect(targets.map(\.2) == expected.targets.map(\.2), "\(expected.file): times listed")
        #expect(result.list.skipped.map(\.line) == expected.skipped.map(\.0), "\(expected.file): skipped lines")
        for (skip, (line, word)) in zip(result.list.skipped, expected.skipped) {
            #expect(skip.reason.contains(word), "\(expected.file): line \(line) is \(skip.reason)")
        }
        if let withReason = expected.withReason {
            #expect(result.targets.map { $0.entry.reason != nil } == withReason, "\(expected.file): reasons")
        }
        #expect(result.verdict == expected.verdict, "\(expected.file): \(result.summary)")
        #expect(result.list.sender == expected.sender, "\(expected.file): sender")
        #expect(result.requester?.query == expected.sender, "\(expected.file): requester")
        #expect(result.targets.allSatisfy { $0.entry.doubt == nil }, "\(expected.file): no target is in doubt")
    }

    @Test(arguments: corpus) func corpusFile(_ expected: Expected) throws {
        let path = TestPaths.testsFolder.appendingPathComponent("Fixtures/requests/" + expected.file).path
        let list = try RequestListReader.read(path: path)
        Self.check(Vetter(analysis: VetterTests.analysis).vet(list), expected)
    }

    /// A workbook as Excel writes it: shared strings (one with rich-text runs), an inline
    /// string, a number, empty cells, a first sheet without a header and the list on the second.
    static func workbook() -> [UInt8] {
        let sheet1 = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="inlineStr"><is><t>Notes for the intro list</t></is></c></row>
            </sheetData></worksheet>
            """
        let sheet2 = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>
            <row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="D2"><v>3</v></c></row>
            <row r="3"><c r="A3" t="inlineStr"><is><t>Okafor, Maya</t></is></c><c r="C3" t="s"><v>6</v></c></row>
            <row r="4"></row>
            <row r="6"><c r="A6" t="s"><v>7</v></c><c r="B6" t="str"><f>B2</f><v>Fabrikam</v></c></row>
            </sheetData></worksheet>
            """
        let strings = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="8" uniqueCount="8">
            <si><t>Full Name</t></si><si><t>Employer</t></si><si><t>Why them?</t></si><si><t>Years known</t></si>
            <si><r><t>Robert </t></r><r><rPr><b/></rPr><t>Kowalski</t></r></si><si><t>Fabrikam Inc.</t></si>
            <si><t xml:space="preserve">catering for our client events </t></si><si><t>Jordan Blake</t></si>
            </sst>
            """
        let workbook = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Notes" sheetId="1" r:id="rId1"/><sheet name="People" sheetId="2" r:id="rId2"/></sheets></workbook>
            """
        let relations = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet1.xml"/>
            </Relationships>
            """
        return ZipWriter(entries: [
            ZipWriter.Entry("[Content_Types].xml", "<Types/>"),
            ZipWriter.Entry("xl/workbook.xml", workbook), ZipWriter.Entry("xl/_rels/workbook.xml.rels", relations),
            ZipWriter.Entry("xl/sharedStrings.xml", strings), ZipWriter.Entry("xl/worksheets/sheet1.xml", sheet1),
            ZipWriter.Entry("xl/worksheets/sheet2.xml", sheet2, deflate: false),
        ]).bytes()
    }

    @Test func excelWorkbook() throws {
        let list = try RequestListReader.parse(data: Data(Self.workbook()), name: "people.xlsx")
        #expect(list.format == "xlsx")
        #expect(list.entries.map(\.line) == [2, 3, 6])
        #expect(list.entries[0].query == PersonQuery(name: "Robert Kowalski", company: "Fabrikam Inc."))
        #expect(list.entries[1].reason == "catering for our client events")
        let expected = Expected(
            file: "people.xlsx",
            targets: [
                ("Robert Kowalski", .reconnectFirst, 1), ("Maya Okafor", .vouch, 1), ("Jordan Blake", .notConnected, 1),
            ],
            skipped: [], verdict: .mixed)
        Self.check(Vetter(analysis: VetterTests.analysis).vet(list), expected)
    }

    @Test func workbookAttachedToAnEmail() throws {
        let encoded = Data(Self.workbook()).base64EncodedString(options: .lineLength76Characters)
        let mail = """
            From: Olivia Grant <olivia@grantwellness.example>\r
            Subject: my list\r
            Content-Type: multipart/mixed; boundary="m"\r
            \r
            --m\r
            Content-Type: text/plain\r
            \r
            Hi Dana, the list is attached. Thanks!\r
            --m\r
            Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r
            Content-Disposition: attachment;\r
             filename="people.xlsx"\r
            Content-Transfer-Encoding: base64\r
            \r
            \(encoded)\r
            --m--\r
            """
        let list = try RequestListReader.parse(data: Data(mail.utf8), name: "list.eml")
        #expect(list.format == "email/xlsx")
        #expect(list.entries.map(\.query.name) == ["Robert Kowalski", "Okafor", "Jordan Blake"])  // Maya, by the vetter
        let result = Vetter(analysis: VetterTests.analysis).vet(list)
        #expect(result.requester?.name == "Olivia Grant" && result.requester?.source == .emailSender)
        #expect(result.targets.map(\.verdict) == [.reconnectFirst, .vouch, .notConnected])
    }

    @Test func workbookRenamedOrOldFormats() throws {
        // Found by content, whatever the name says.
        let renamed = try RequestListReader.parse(data: Data(Self.workbook()), name: "people.txt")
        #expect(renamed.entries.count == 3)
        for name in ["people.xls", "people.numbers"] {
            #expect(throws: InputError.self) { try RequestListReader.parse(data: Data("x".utf8), name: name) }
            do {
                _ = try RequestListReader.parse(data: Data("x".utf8), name: name)
            } catch let error as InputError {
                #expect(error.message.contains("save it as .xlsx or CSV"))
            }
        }
    }

    @Test func workbookWithAnEntityDeclarationIsRefused() throws {
        var bytes = ZipWriter(entries: [
            ZipWriter.Entry(
                "xl/workbook.xml",
                "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]><workbook>&b;</workbook>"
            )
        ]).bytes()
        #expect(throws: InputError.self) { try RequestListReader.parse(data: Data(bytes), name: "evil.xlsx") }
        bytes = Array(bytes.prefix(40))
        #expect(throws: InputError.self) { try RequestListReader.parse(data: Data(bytes), name: "cut.xlsx") }
    }
}
