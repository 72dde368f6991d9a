import Foundation
import Testing

@testable import VouchKit

struct ReportTests {
    @Test func markdownEscapingKeepsHostileTextInert() {
        let hostile =
            "Eve | [x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)> `code` *bold*\nnext"
        let escaped = Markdown.inline(hostile)
        #expect(!escaped.contains("\n"))
        #expect(!escaped.contains("<script"))
        #expect(!escaped.contains("<img"))
        #expect(!escaped.replacingOccurrences(of: "\\]", with: "").contains("]("))
        #expect(!escaped.replacingOccurrences(of: "\\|", with: "").contains("|"))
        #expect(Markdown.inline("# heading").hasPrefix("\\#"))
        #expect(Markdown.inline("=SUM(A1)").hasPrefix("\\="))
        #expect(Markdown.inline("Chen & Ortiz") == "Chen & Ortiz")
        #expect(Markdown.inline("&lt;b&gt;") == "&amp;lt;b&amp;gt;")
    }

    @Test func jsonEscaping() {
        let value = JSONValue.object([("name", .string("a\"b\\c\n<script>&"))]).serialized()
        #expect(value == "{\n  \"name\": \"a\\\"b\\\\c\\n\\u003cscript\\u003e\\u0026\"\n}\n")
    }

    @Test func hostileListKeepsTheTableShape() throws {
        let text =
            "Eve | Evil, [x](javascript:alert(1)) — <img src=x onerror=alert(1)> | more\n# not a person\n=cmd|' /C calc'!A0\n"
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "hostile.txt")
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip))
        let report = VetReport.markdown(Vetter(analysis: analysis).vet(list))
        let rows = report.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| #") }
        #expect(rows.count == list.entries.count)
        for row in rows {
            let unescapedPipes = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(unescapedPipes == 7, "\(row)")
        }
        #expect(!report.contains("<img"))
        #expect(!report.replacingOccurrences(of: "\\]", with: "").contains("](javascript"))
    }

    @Test func sampleAnalyzeSnapshots() throws {
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip))
        try assertSnapshot(AnalyzeReport.markdown(analysis), named: "sample-analyze.md")
        try assertSnapshot(
            AnalyzeReport.json(analysis).replacingOccurrences(of: TestPaths.sampleZip, with: "SAMPLE"),
            named: "sample-analyze.json")
    }

    @Test func sampleVetSnapshots() throws {
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip))
        let list = try RequestListReader.read(path: TestPaths.sampleList("pat-quinn-wishlist.csv"))
        let result = Vetter(analysis: analysis).vet(list, requester: "Pat Quinn")
        try assertSnapshot(VetReport.markdown(result), named: "sample-vet.md")
        try assertSnapshot(VetReport.json(result), named: "sample-vet.json")
    }

    @Test func folderAndZipGiveTheSameReport() throws {
        let zip = Analysis(export: try ExportReader.read(TestPaths.sampleZip))
        let folder = Analysis(export: try ExportReader.read(TestPaths.sampleFolder))
        #expect(
            AnalyzeReport.markdown(zip).replacingOccurrences(of: ".zip", with: "") == AnalyzeReport.markdown(folder))
    }
}
