import Foundation
import Testing

@testable import VouchIngest
@testable import VouchScoring
@testable import VouchVetting

/// Paths to the repository's test data.
enum TestPaths {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repository = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        testsFolder.appendingPathComponent("Fixtures").appendingPathComponent(name).path
    }

    static let sampleFolder = repository.appendingPathComponent("SampleData/Basic_LinkedInDataExport_11-20-2026").path
    static let sampleZip = repository.appendingPathComponent("SampleData/Basic_LinkedInDataExport_11-20-2026.zip").path
    static func sampleList(_ name: String) -> String {
        repository.appendingPathComponent("SampleData/lists").appendingPathComponent(name).path
    }
}

/// Compares text with a snapshot file beside the tests; `RECORD_SNAPSHOTS=1` re-records.
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = TestPaths.testsFolder.appendingPathComponent("Snapshots").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
        try text.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); run with RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
        return
    }
    if expected != text {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = text.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<none>"
            let b = index < new.count ? String(new[index]) : "<none>"
            if a != b { diff.append("line \(index + 1):\n- \(a)\n+ \(b)") }
            if diff.count >= 10 { break }
        }
        let details = diff.joined(separator: "\n")
        Issue.record(
            "snapshot \(name) differs (RECORD_SNAPSHOTS=1 re-records):\n\(details)", sourceLocation: sourceLocation)
    }
}

/// Reads one fixture file as a single-file export.
func readFixture(_ name: String) throws -> LinkedInExport {
    try ExportReader.read(TestPaths.fixture(name))
}

/// Reads an export folder assembled from fixtures and texts: `files` maps the name in the
/// export to the fixture copied there, `texts` to the text written there. The folder is
/// removed afterwards.
func readExport(copying files: [String: String], writing texts: [String: String] = [:]) throws -> LinkedInExport {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-export-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, fixture) in files {
        try FileManager.default.copyItem(
            atPath: TestPaths.fixture(fixture), toPath: folder.appendingPathComponent(name).path)
    }
    for (name, text) in texts {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return try ExportReader.read(folder.path)
}

/// Request lists for tests: read from text, and vetted against the sample export unless a
/// test gives another.
enum TestLists {
    static func parse(_ text: String, name: String = "list.txt") throws -> RequestList {
        try RequestListReader.parse(data: Data(text.utf8), name: name)
    }

    static func vet(
        _ text: String, name: String = "list.txt", requester: String? = nil, analysis: Analysis = VetterTests.analysis
    ) throws -> VetResult {
        Vetter(analysis: analysis).vet(try parse(text, name: name), requester: requester)
    }
}
