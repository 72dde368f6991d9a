import Foundation
import Testing

@testable import VouchDates
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

struct ReportTests {
    @Test func markdownEscapingKeepsHostileTextInert() {
        let hostile =
            "Eve | [x](javascript:alert(1)) <script>alert(1)</script> <img src=x onerror=alert(1)> `code` *bold*\nnext"
        let escaped = Markdown.inline(hostile)
        #expect(!escaped.contains("\n"))
        // Every angle bracket and ampersand carries a CommonMark backslash escape: no tag opens.
        #expect(!escaped.replacingOccurrences(of: "\\<", with: "").contains("<"))
        #expect(!escaped.replacingOccurrences(of: "\\>", with: "").contains(">"))
        #expect(escaped.contains("\\<script\\>") && escaped.contains("\\<img src=x"))
        #expect(!escaped.replacingOccurrences(of: "\\]", with: "").contains("]("))
        #expect(!escaped.replacingOccurrences(of: "\\|", with: "").contains("|"))
        #expect(Markdown.inline("# heading").hasPrefix("\\#"))
        #expect(Markdown.inline("=SUM(A1)").hasPrefix("\\="))
        #expect(Markdown.inline("Chen & Ortiz") == "Chen \\& Ortiz")
        #expect(Markdown.inline("&lt;b&gt;") == "\\&lt;b\\&gt;")
        // Read on a terminal, quoted mail and menu paths stay legible: no HTML entities.
        #expect(Markdown.inline("> On Mon, Pat wrote:") == "\\> On Mon, Pat wrote:")
        #expect(Markdown.inline("From: Pat Quinn <pat@example.com>") == "From: Pat Quinn \\<pat@example.com\\>")
        #expect(Markdown.inline("Settings > Data privacy") == "Settings \\> Data privacy")
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
        #expect(!report.replacingOccurrences(of: "\\<", with: "").contains("<img"))
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

    @Test func aRecommendationThatMatchesNoConnectionIsReportedNotDropped() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-recs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = [
            "Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme,Engineer,01 Mar 2020\n"
                + "Zoe,Lee,https://www.linkedin.com/in/zoe-lee-1,,Acme,Engineer,01 Mar 2020\n"
                + "Zoe,Lee,https://www.linkedin.com/in/zoe-lee-2,,Globex,Engineer,01 Mar 2020\n",
            "Recommendations_Received.csv": "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n"
                + "Anna,Berg,Acme,Engineer,Great to work with.,\"02/14/25, 10:12 AM\",VISIBLE\n"
                + "Zed,<b>Nobody</b>,Initech,Boss,Solid.,\"03/01/24, 09:00 AM\",VISIBLE\n"
                + "Zoe,Lee,Initech,Boss,Solid.,\"03/01/24, 09:00 AM\",VISIBLE\n",
        ]
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let analysis = Analysis(export: try ExportReader.read(folder.path), asOf: CalendarDay(iso: "2026-11-20"))
        #expect(analysis.export.evidence[0].recommendationsReceived.count == 1)
        let markdown = AnalyzeReport.markdown(analysis)
        let notes = markdown.split(separator: "\n").filter { $0.contains("counts for no one") }
        #expect(notes.count == 2)
        #expect(notes.first?.contains("from Zed") == true)
        #expect(
            notes.first?.contains(" at Initech (Recommendations\\_Received.csv, line 3) matches no connection,") == true
        )
        // Two connections of that name, neither at the recommender's company: no guess.
        #expect(
            notes.last?.contains(
                "from Zoe Lee at Initech (Recommendations\\_Received.csv, line 4) could be any of 2 connections,")
                == true)
        #expect(!markdown.contains("<b>"))  // the name is untrusted text, escaped like any other
        #expect(HTMLReport.analyze(analysis).contains("Zed &lt;b&gt;Nobody&lt;/b&gt;"))
        // Tools get every one, with the same facts.
        let json = try JSONSerialization.jsonObject(with: Data(AnalyzeReport.json(analysis).utf8)) as? [String: Any]
        let listed = try #require(json?["unmatchedRecommendations"] as? [[String: Any]])
        #expect(listed.map { $0["name"] as? String } == ["Zed <b>Nobody</b>", "Zoe Lee"])
        #expect(listed.map { $0["candidates"] as? Int } == [0, 2])
        #expect(listed.map { $0["line"] as? Int } == [3, 4])
        #expect(listed.first?["direction"] as? String == "received")
        #expect(listed.first?["company"] as? String == "Initech")
        #expect(listed.first?["date"] as? String == "2024-03-01")
        #expect(listed.first?["file"] as? String == "Recommendations_Received.csv")

        // Past ten, the rest are counted.
        var many = files["Recommendations_Received.csv"] ?? ""
        for number in 1...12 { many += "Zed,Nobody\(number),Initech,Boss,Solid.,\"03/01/24, 09:00 AM\",VISIBLE\n" }
        try many.write(
            to: folder.appendingPathComponent("Recommendations_Received.csv"), atomically: true, encoding: .utf8)
        let crowded = AnalyzeReport.markdown(Analysis(export: try ExportReader.read(folder.path)))
        #expect(crowded.split(separator: "\n").filter { $0.contains("counts for no one") }.count == 10)
        #expect(crowded.contains("4 more recommendations match no single connection either."))
        let crowdedJSON = try JSONSerialization.jsonObject(
            with: Data(AnalyzeReport.json(Analysis(export: try ExportReader.read(folder.path))).utf8))
        #expect(((crowdedJSON as? [String: Any])?["unmatchedRecommendations"] as? [Any])?.count == 14)
    }
}
