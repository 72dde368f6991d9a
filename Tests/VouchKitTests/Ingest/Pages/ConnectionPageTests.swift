import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchIO

struct ConnectionPageTests {
    let asOf = CalendarDay(iso: "2026-11-20")

    func read(_ name: String) throws -> ConnectionPage {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestPaths.fixture("pages/" + name))))
        return try ConnectionPageReader.parse(bytes: bytes, source: name, asOf: asOf)
    }

    @Test func classicMarkup() throws {
        let page = try read("classic.html")
        #expect(page.style == "classic")
        #expect(page.people.map(\.name) == ["Ana Sousa", "José García"])
        #expect(page.people.map(\.headline) == ["Head of Product at Tailspin & Toys", "Sales <EMEA>"])
        #expect(page.people[0].profileURL == "https://www.linkedin.com/in/ana-sousa-1b2c3d/")
        #expect(page.people[0].connectedOn?.description == "2026-06-23")
        #expect(page.people[0].connectedOnIsApproximate)
        #expect(ProfileKey(url: page.people[1].profileURL ?? "")?.slug == "josé-garcía-2b")
    }

    @Test func currentHashedMarkup() throws {
        let page = try read("current.html")
        #expect(page.style == "current")
        #expect(page.people.map(\.name) == ["Li Wei", "Maria Rossi"])
        #expect(page.people.map(\.headline) == ["Data engineer | Open to work", "Architect at Coho Winery"])
        #expect(page.people.map { $0.connectedOn?.description } == ["2025-12-04", "2025-11-02"])
        #expect(!page.people[0].connectedOnIsApproximate)
    }

    @Test func salesNavigatorList() throws {
        let page = try read("sales-navigator.html")
        #expect(page.style == "sales-navigator")
        #expect(page.people.map(\.name) == ["Kofi Mensah", "Sara Lind"])
        #expect(page.people.map(\.company) == ["Fabrikam Inc.", "Litware"])
        #expect(page.people.map(\.headline) == ["VP Sales", "CFO"])
        #expect(page.people.allSatisfy { $0.profileURL == nil })
    }

    @Test func pastedText() throws {
        let page = try read("pasted.txt")
        #expect(page.style == "pasted-text")
        #expect(page.people.map(\.name) == ["Ana Sousa", "Bo Lund"])
        #expect(page.people.map(\.headline) == ["Head of Product at Tailspin Toys", "CEO at Globex"])
        #expect(page.people.map { $0.connectedOn?.description } == ["2026-10-30", "2025-11-20"])
    }

    @Test func brokenPagesStillGiveTheirPeople() throws {
        #expect(try read("truncated.html").people.map(\.name) == ["Ana Sousa"])
        #expect(try read("unclosed.html").people.map(\.name) == ["Ana Sousa", "Bo Lund"])
        let invalid = try read("invalid-utf8.html")
        #expect(invalid.people.count == 1)
        #expect(invalid.people[0].name.hasPrefix("Jos"))
    }

    @Test func nestingHundredThousandDeep() throws {
        let html =
            "<html><body>" + String(repeating: "<div>", count: 100_000)
            + "<div class=\"mn-connection-card\"><a class=\"mn-connection-card__link\" href=\"/in/deep/\"><span class=\"mn-connection-card__name\">Deep Person</span></a></div></body></html>"
        let page = try ConnectionPageReader.parse(bytes: Array(html.utf8), source: "deep.html", asOf: asOf)
        #expect(page.people.count <= 1)  // libxml2 may cut the tree; it must not crash or hang
    }

    @Test func pagesLargerThanAnyLinkedInPageGetAClearError() {
        let bytes = [UInt8](repeating: UInt8(ascii: " "), count: ConnectionPageReader.maxPageBytes + 1)
        #expect {
            try ConnectionPageReader.parse(bytes: bytes, source: "huge.html", asOf: asOf)
        } throws: { error in
            (error as? InputError)?.message.contains("larger than any LinkedIn connections page") == true
        }
    }

    @Test func pageOnItsOwnIsAnExportOfNominalConnections() throws {
        let export = try ExportReader.read(TestPaths.fixture("pages/classic.html"), asOf: asOf)
        #expect(export.connections.map(\.name) == ["Ana Sousa", "José García"])
        let analysis = Analysis(export: export, asOf: asOf)
        #expect(analysis.depths.allSatisfy { $0.tier == .nominal })
        #expect(
            analysis.depths[1].evidence[0].hasPrefix(
                "from the saved page classic.html; connected around 2024-11-20 (approximate)"))
        let file = try #require(export.ledger.file(kind: .connectionsPage))
        #expect(file.rows == 2 && file.used == 2)
        #expect(file.warnings.contains { $0.contains("names and headlines only") })
    }

    @Test func pageMergesIntoTheExportBySlug() throws {
        var export = try ExportReader.read(TestPaths.fixture("eras/connections-2025.csv"))
        let page = try read("classic.html")
        PageMerge.merge(page, named: "classic.html", into: &export)
        // José García is in the export (percent-encoded URL); Ana Sousa is new.
        #expect(export.connections.map(\.name) == ["Anna Berg", "José García", "Ana Sousa"])
        #expect(export.connections[1].position == "Head of Sales, EMEA")  // the export's own data wins
        #expect(export.connections[2].origin == "classic.html")
        #expect(export.directory.connection(forKey: ProfileKey(slug: "ana-sousa-1b2c3d")) == 2)
    }
}
