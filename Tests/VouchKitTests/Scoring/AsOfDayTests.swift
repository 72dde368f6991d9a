import Foundation
import Testing

@testable import VouchDates
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchReport

/// The as-of day is resolved in one order, and an export without a date is not scored as of
/// 1970-01-01.
@Suite struct AsOfDayTests {
    static let undatedConnections = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ada,Okoro,https://www.linkedin.com/in/ada-okoro,,Acme,Engineer,
        Ben,Lund,https://www.linkedin.com/in/ben-lund,,Beta,Analyst,
        """

    static let datedConnections = """
        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Ada,Okoro,https://www.linkedin.com/in/ada-okoro,,Acme,Engineer,03 Feb 2024
        """

    @Test func theDayGivenComesFirstThenTheExportDateThenTheLatestDataDate() throws {
        let dated = try readExport(copying: [:], writing: ["Connections.csv": Self.datedConnections])
        #expect(dated.exportDate == nil)
        #expect(AsOfDay.resolve(given: nil, export: dated, file: nil)?.description == "2024-02-03")
        let given = CalendarDay(iso: "2025-01-01")
        #expect(AsOfDay.resolve(given: given, export: dated, file: nil) == given)
        var named = dated
        named.exportDate = CalendarDay(iso: "2026-11-20")
        #expect(AsOfDay.resolve(given: nil, export: named, file: nil)?.description == "2026-11-20")
        #expect(Analysis(export: named).asOf?.description == "2026-11-20")
    }

    @Test func anExportWithoutDatesFallsBackToTheFilesModificationDay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-asof-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("Connections.csv")
        try Self.undatedConnections.write(to: file, atomically: true, encoding: .utf8)
        // 2021-06-15 12:00 UTC.
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: 1_623_758_400)], ofItemAtPath: file.path)
        let analysis = Analysis(export: try ExportReader.read(file.path))
        #expect(analysis.asOf?.description == "2021-06-15")
    }

    @Test func noDateKnownIsSaidSoNotDayZero() throws {
        // The folder is gone once read, so not even a modification day is known.
        let export = try readExport(copying: [:], writing: ["Connections.csv": Self.undatedConnections])
        #expect(export.latestDataDate == nil)
        let analysis = Analysis(export: export)
        #expect(analysis.asOf == nil)
        #expect(analysis.depths.count == 2)
        let markdown = AnalyzeReport.markdown(analysis)
        #expect(markdown.contains("as of an unknown day"))
        #expect(!markdown.contains("1970"))
        let json = AnalyzeReport.json(analysis)
        #expect(json.contains("\"asOf\": null") || json.contains("\"asOf\":null"))
    }
}
