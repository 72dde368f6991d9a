import Foundation
import Testing

/// End-to-end: runs the built `vouch` binary as a user would.
struct CommandLineTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let sampleZip = repository.appendingPathComponent("SampleData/Basic_LinkedInDataExport_11-20-2026.zip").path
    static let patList = repository.appendingPathComponent("SampleData/lists/pat-quinn-wishlist.csv").path

    /// The `vouch` executable next to the test bundle.
    static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("vouch")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/vouch")
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func analyzeSampleDataExitsZero() throws {
        let result = try Self.run(["analyze", Self.sampleZip])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Relationship depth: Dana Whitfield, as of 2026-11-20"))
    }

    @Test func vetSampleDataAsJSON() throws {
        let result = try Self.run(["vet", Self.sampleZip, "--list", Self.patList, "--requester", "Pat Quinn", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let list = json?["list"] as? [String: Any]
        #expect(list?["verdict"] as? String == "list-pushing")
        let requester = json?["requester"] as? [String: Any]
        #expect(requester?["prematureSolicitation"] as? Bool == true)
        #expect((json?["targets"] as? [Any])?.count == 13)
    }

    @Test func missingExportExitsOneWithTheFileNamed() throws {
        let result = try Self.run(["analyze", "/nonexistent/Basic_LinkedInDataExport_01-01-2026.zip"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/Basic_LinkedInDataExport_01-01-2026.zip: no such file or folder"))
        #expect(result.stdout.isEmpty)
    }

    @Test func missingListExitsOne() throws {
        let result = try Self.run(["vet", Self.sampleZip, "--list", "/nonexistent/list.csv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("/nonexistent/list.csv: no such file (the request list)"))
    }

    @Test func usageErrorsExit64() throws {
        #expect(try Self.run(["analyze"]).status == 64)
        #expect(try Self.run(["vet", Self.sampleZip]).status == 64)
        #expect(try Self.run(["analyze", Self.sampleZip, "--as-of", "yesterday"]).status == 64)
        #expect(try Self.run(["analyze", Self.sampleZip, "--format", "pdf"]).status == 64)
    }

    @Test func outputFileIsPrivate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-report-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run(["analyze", Self.sampleZip, "-o", path])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func helpTeaches() throws {
        for command in ["analyze", "vet", "inspect"] {
            let result = try Self.run([command, "--help"])
            #expect(result.status == 0)
            #expect(result.stdout.contains("Example"), "\(command)")
        }
        #expect(try Self.run(["--version"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }
}
