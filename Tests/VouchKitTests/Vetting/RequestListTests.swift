import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchIO

struct RequestListTests {
    func parse(_ text: String, name: String) throws -> RequestList {
        try TestLists.parse(text, name: name)
    }

    @Test func textLineForms() {
        let cases: [(String, RequestLineParser.Parsed)] = [
            ("Jane Doe", .init(name: "Jane Doe")),
            ("Jane Doe, Acme Corp", .init(name: "Jane Doe", company: "Acme Corp")),
            ("Jane Doe (Acme Corp)", .init(name: "Jane Doe", company: "Acme Corp")),
            ("Jane Doe - VP Sales at Acme Corp", .init(name: "Jane Doe", company: "Acme Corp", title: "VP Sales")),
            ("Jane Doe — she is hiring designers", .init(name: "Jane Doe", reason: "she is hiring designers")),
            ("Jane Doe, CFP", .init(name: "Jane Doe, CFP")),
            ("Jane Doe, CFP, Acme Wealth", .init(name: "Jane Doe, CFP", company: "Acme Wealth")),
            (
                "https://www.linkedin.com/in/jane-doe-1",
                .init(name: "", profileURL: "https://www.linkedin.com/in/jane-doe-1")
            ),
            ("jane@acme.example", .init(name: "", email: "jane@acme.example")),
            ("Jane Doe at Acme", .init(name: "Jane Doe", company: "Acme")),
        ]
        for (line, expected) in cases {
            #expect(RequestLineParser.parse(line) == expected, "\(line)")
        }
    }

    @Test func csvWithHeaderInAnyOrder() throws {
        let list = try parse("Company,Why,Last Name,First Name\nAcme,hiring,Doe,Jane\n", name: "list.csv")
        #expect(list.entries.count == 1)
        #expect(list.entries[0].query == PersonQuery(name: "Jane Doe", company: "Acme"))
        #expect(list.entries[0].reason == "hiring")
    }

    @Test func csvWithoutHeader() throws {
        let list = try parse("Jane Doe,Acme,she is hiring\nBo Lund,Globex\n", name: "list.csv")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Bo Lund"])
        #expect(list.entries[0].reason == "she is hiring")
    }

    @Test func tsv() throws {
        let list = try parse("name\tcompany\nJane Doe\tAcme\n", name: "list.tsv")
        #expect(list.format == "tsv")
        #expect(list.entries[0].query.company == "Acme")
    }

    @Test func plainTextSkipsCommentsAndReportsThem() throws {
        let list = try parse("# my list\nJane Doe\n\n12345\nBo Lund (Globex)\n", name: "list.txt")
        #expect(list.entries.map(\.query.name) == ["Jane Doe", "Bo Lund"])
        #expect(list.skipped.map(\.line) == [1, 4])
    }

    @Test func markdownBulletsAndTables() throws {
        let bullets = try parse(
            "# People\n\n- **Jane Doe**, Acme\n* [Bo Lund](https://www.linkedin.com/in/bo-lund)\n1. Cara Moe\n",
            name: "list.md")
        #expect(bullets.entries.map(\.query.name) == ["Jane Doe", "Bo Lund", "Cara Moe"])
        #expect(bullets.entries[1].query.profileURL == "https://www.linkedin.com/in/bo-lund")
        let table = try parse(
            "| Name | Company | Why |\n|---|---|---|\n| Jane Doe | Acme | hiring |\n", name: "list.md")
        #expect(table.entries.count == 1 && table.entries[0].reason == "hiring" && table.entries[0].line == 3)
    }

    @Test func htmlTableListAndLinksIgnoringScriptsAndHiddenElements() throws {
        let html = """
            <html><head><script>var x = "<li>Evil Person</li>";</script><style>li{}</style></head><body>
            <table><tr><th>Name</th><th>Company</th></tr><tr><td>Jane &amp; Doe</td><td>Acme</td></tr></table>
            <ul><li>Bo   Lund,
              Globex</li><li style="display: none">Hidden Person</li></ul>
            <p><a href="/in/cara-moe/">Cara Moe</a></p>
            </body></html>
            """
        let list = try parse(html, name: "list.html")
        #expect(list.entries.map(\.query.name) == ["Jane & Doe", "Bo Lund", "Cara Moe"])
        #expect(list.entries[1].query.company == "Globex")
        #expect(list.entries[2].query.profileURL == "/in/cara-moe/")
    }

    @Test func deeplyNestedHTMLDoesNotCrash() throws {
        let html = "<html><body>" + String(repeating: "<div>", count: 100_000) + "<li>Jane Doe</li></body></html>"
        let list = try parse(html, name: "deep.html")
        #expect(list.entries.count <= 1)
    }

    @Test func binaryIsRejected() {
        #expect(throws: InputError.self) { try parse("\u{0}\u{1}\u{2}garbage", name: "list.txt") }
    }
}
