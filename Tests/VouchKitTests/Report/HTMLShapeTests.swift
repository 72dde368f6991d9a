import Foundation
import Testing

@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// The HTML report holds its shape with text that has nowhere to break: a 200-character
/// name, a 5,000-character field, a profile URL of several hundred characters. Whether the
/// page fits a window is measured in a browser (Scripts/check-html-layout.py); this checks
/// the markup that makes it fit.
struct HTMLShapeTests {
    static let name = "Maximiliana" + String(repeating: "x", count: 190)
    static let field = String(String(repeating: "Wordless", count: 700).prefix(5000))
    static let url =
        "https://www.linkedin.com/in/" + String(repeating: "a-very-long-profile-slug-", count: 8)
        + "?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3AACoAAB" + String(repeating: "Q", count: 80)

    static func pages() throws -> [String] {
        let connections =
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "\(name),Okafor,\(url),,Northwind,\(field),04 Dec 2020\n" + "Ana,Sousa,,,Acme,Head,04 Dec 2020\n"
        let export = try readExport(copying: [:], writing: ["Connections.csv": connections])
        let notes = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: notes) }
        try Data("name,tier,note\n\(name) Okafor,trusted,\(field)\n".utf8).write(to: URL(fileURLWithPath: notes))
        let annotations = try AnnotationReader.read(path: notes, directory: export.directory)
        let analysis = Analysis(export: export, annotations: annotations)
        let list = try RequestListReader.parse(
            data: Data("name,profile,reason\n,\(url),\(field)\n\(name) Okafor,,short\n".utf8), name: "list.csv")
        let result = Vetter(analysis: analysis).vet(list, requester: "Ana Sousa")
        return [HTMLReport.analyze(analysis), HTMLReport.vet(result)]
    }

    /// The text a reader sees, tags and the titles that keep the whole text removed.
    static func visibleRuns(_ page: String) -> [Substring] {
        let body = page[(page.range(of: "<body>")?.upperBound ?? page.startIndex)...]
        return body.split(separator: "<").map { $0.split(separator: ">", maxSplits: 1).last ?? "" }
    }

    @Test func longTextIsCutWithTheWholeOfItInTheTitle() throws {
        for page in try Self.pages() {
            let longest = Self.visibleRuns(page).map(\.count).max() ?? 0
            #expect(longest <= 2 * HTMLReport.shownCharacters + 1, "a run of \(longest) characters")
            // Shown nowhere whole, so kept whole in a title.
            #expect(page.contains(HTMLReport.escape(Self.field)))
        }
        let vet = try Self.pages()[1]
        // The URL row and the name row are one person, listed twice: the URL leads the cell.
        #expect(vet.contains("title=\"\(HTMLReport.escape(Self.url))"))
    }

    @Test func everyTableCellIsLabelledForThePhoneLayout() throws {
        for page in try Self.pages() {
            let cells = page.components(separatedBy: "<td").count - 1
            #expect(cells > 0)
            #expect(page.components(separatedBy: " data-label=\"").count - 1 == cells)
            #expect(!page.contains("<table>"), "every table turns into cards on a phone")
        }
    }

    @Test func wordsWithoutSpacesMayBreakAnywhere() throws {
        let page = try Self.pages()[0]
        #expect(page.contains("overflow-wrap: anywhere"))
        #expect(page.contains(Self.name), "a 200-character name is shown whole")
    }

    @Test func shortTextIsUntouched() {
        #expect(HTMLReport.text("Ana <Sousa>") == "Ana &lt;Sousa&gt;")
        let cut = HTMLReport.text(String(repeating: "é", count: 301))
        #expect(cut.hasPrefix("<span class=\"cut\" title=\"" + String(repeating: "é", count: 301) + "\">"))
        #expect(cut.hasSuffix(String(repeating: "é", count: 300) + "…</span>"))
    }
}
