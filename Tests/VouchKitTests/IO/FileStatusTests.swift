import Foundation
import Testing

@testable import VouchDates
@testable import VouchIngest
@testable import VouchIO

/// Files are examined with `stat` alone (see ``FileStatus``): these check that what the
/// reader decides from it is what the file system says.
struct FileStatusTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-status-\(UUID().uuidString)")

    func make() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    @Test func kindSizeAndModificationDay() throws {
        try make()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(repeating: 65, count: 1_234).write(to: URL(fileURLWithPath: path("page.html")))
        // 2026-03-14 23:59:59 UTC: the day in UTC, as relative dates on a saved page are anchored.
        let modified = Date(timeIntervalSince1970: 1_773_532_799)
        try FileManager.default.setAttributes([.modificationDate: modified], ofItemAtPath: path("page.html"))
        try FileManager.default.createSymbolicLink(atPath: path("link.html"), withDestinationPath: path("page.html"))

        let file = try #require(FileStatus(path("page.html")))
        #expect(file.kind == .regular)
        #expect(file.size == 1_234)
        #expect(FileStatus(folder.path)?.kind == .directory)
        #expect(FileStatus(path("link.html"))?.kind == .symbolicLink)
        #expect(FileStatus(path("link.html"), followingLinks: true)?.size == 1_234)
        #expect(FileStatus(path("missing")) == nil)
        #expect(AsOfDay.modificationDay(path("page.html")) == CalendarDay(year: 2026, month: 3, day: 14))
        #expect(AsOfDay.modificationDay(path("link.html")) == CalendarDay(year: 2026, month: 3, day: 14))
    }

    @Test func symbolicLinksInAnExportFolder() throws {
        try make()
        defer { try? FileManager.default.removeItem(at: folder) }
        let connections =
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Anna,Berg,https://www.linkedin.com/in/anna-berg,,Acme,Engineer,04 Dec 2025\n"
        let elsewhere = folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try Data(connections.utf8).write(to: elsewhere.appendingPathComponent("Connections.csv"))
        let export = folder.appendingPathComponent("export")
        try FileManager.default.createDirectory(at: export, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: export.appendingPathComponent("Connections.csv").path,
            withDestinationPath: elsewhere.appendingPathComponent("Connections.csv").path)
        try FileManager.default.createSymbolicLink(
            atPath: export.appendingPathComponent("folder").path, withDestinationPath: elsewhere.path)
        try FileManager.default.createSymbolicLink(
            atPath: export.appendingPathComponent("Invitations.csv").path, withDestinationPath: path("gone.csv"))

        let source = try FolderSource(path: export.path)
        #expect(source.entries.map(\.path) == ["Connections.csv"])
        #expect(source.refused.map(\.name) == ["Invitations.csv", "folder"])
        #expect(
            source.refused.map(\.reason) == ["symbolic link to nothing", "symbolic link to a folder (not followed)"])
        #expect(source.size(of: source.entries[0]) == connections.utf8.count)
        #expect(try ExportReader.read(export.path).connections.map(\.name) == ["Anna Berg"])
    }
}
