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

    static func run(_ arguments: [String], _ environment: [String: String]) throws -> Run {
        try run(arguments, environment: environment)
    }

    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["CLICOLOR_FORCE"] = nil
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
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func analyzeSampleDataExitsZero() throws {
        let result = try Self.run(["analyze", Self.sampleZip])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("# Relationship depth: Dana Whitfield, as of 2026-11-20"))
    }

    @Test func vetSampleDataAsJSON() throws {
        let result = try Self.run([
            "vet", Self.sampleZip, "--list", Self.patList, "--requester", "Pat Quinn", "--format", "json",
        ])
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

    @Test func anAsOfBeforeTheExportIsAUsageError() throws {
        let result = try Self.run(["analyze", Self.sampleZip, "--as-of", "2001-01-01"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--as-of 2001-01-01 is before the export's first date, 2012-10-03"))
        #expect(result.stdout.isEmpty)
        // The subcommand's usage, as for every other usage error, not the root command's.
        #expect(result.stderr.contains("Usage: vouch analyze <export>"), "\(result.stderr)")
        #expect(!result.stderr.contains("vouch <subcommand>"))
        let vet = try Self.run(["vet", Self.sampleZip, "--list", Self.patList, "--as-of", "2001-01-01"])
        #expect(vet.status == 64 && vet.stderr.contains("Usage: vouch vet <export>"), "\(vet.stderr)")
    }

    @Test func usageErrorsExit64() throws {
        #expect(try Self.run(["analyze"]).status == 64)
        #expect(try Self.run(["vet", Self.sampleZip]).status == 64)
        #expect(try Self.run(["analyze", Self.sampleZip, "--as-of", "yesterday"]).status == 64)
        #expect(try Self.run(["analyze", Self.sampleZip, "--format", "pdf"]).status == 64)
    }

    @Test func outputFileIsPrivate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-report-\(UUID().uuidString).md")
            .path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run(["analyze", Self.sampleZip, "-o", path])
        #expect(result.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func writingToDevNullLeavesItADevice() throws {
        let result = try Self.run(["analyze", Self.sampleZip, "-o", "/dev/null"])
        #expect(result.status == 0)
        let type = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        #expect(type == .typeCharacterSpecial)
    }

    /// `--redact` masks every string of a JSON report on its own, so the report stays JSON.
    @Test func redactedJSONIsStillJSON() throws {
        let result = try Self.run(["analyze", Self.sampleZip, "--format", "json", "--redact"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect((json?["people"] as? [Any])?.isEmpty == false)
        #expect(!result.stdout.contains("linkedin.com/in/"))
    }

    /// A report that cannot be written is an error with the path named, in every format.
    @Test func aFullDiskIsAnErrorNotACrash() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        for format in ["json", "markdown"] {
            let result = try Self.run(["analyze", Self.sampleZip, "--format", format, "-o", "/dev/full"])
            #expect(result.status == 1, "\(format)")
            #expect(result.stderr.contains("/dev/full: cannot write the report"), "\(format)")
        }
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

/// The terminal experience: summaries, colour, quiet, and HTML carrying the same verdicts.
struct TerminalTests {
    static func run(_ arguments: [String], _ environment: [String: String]) throws -> CommandLineTests.Run {
        try CommandLineTests.run(arguments, environment: environment)
    }

    func temporary(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("vouch-\(UUID().uuidString)\(suffix)").path
    }

    @Test func vetPrintsASummaryAfterWritingAFile() throws {
        let path = temporary(".md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run(
            [
                "vet", CommandLineTests.sampleZip, "--list", CommandLineTests.patList, "--requester", "Pat Quinn", "-o",
                path,
            ], [:])
        #expect(result.status == 0)
        #expect(result.stdout.contains("List-pushing"))
        #expect(
            result.stdout.contains(
                "13 people: 0 vouch · 2 reconnect-first · 1 needs-reason · 8 blind · 1 not-connected · 1 ambiguous"))
        #expect(result.stdout.contains("Report written to \(path)"))
        #expect(!result.stdout.contains("\u{1B}["))  // not a terminal: no colour
    }

    @Test func vetSaysAnAsOfAfterTheExportInItsSummary() throws {
        let path = temporary(".md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let arguments = ["vet", CommandLineTests.sampleZip, "--list", CommandLineTests.patList, "-o", path]
        let later = try Self.run(arguments + ["--as-of", "2030-01-01"], [:])
        #expect(later.status == 0)
        #expect(
            later.stdout.contains(
                "As of 2030-01-01, 3 years after the export was made: anything since is not in the export, so recent ties may read as dormant."
            ), "\(later.stdout)")
        #expect(!(try Self.run(arguments, [:]).stdout.contains("after the export was made")))
    }

    @Test func colourIsForcedOnlyWithoutNoColor() throws {
        let path = temporary(".md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let arguments = ["vet", CommandLineTests.sampleZip, "--list", CommandLineTests.patList, "-o", path]
        #expect(try Self.run(arguments, ["CLICOLOR_FORCE": "1"]).stdout.contains("\u{1B}[1;31m"))
        #expect(!(try Self.run(arguments, ["CLICOLOR_FORCE": "1", "NO_COLOR": "1"]).stdout.contains("\u{1B}[")))
    }

    @Test func quietPrintsNothingButTheReport() throws {
        let path = temporary(".md")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try Self.run(
            ["vet", CommandLineTests.sampleZip, "--list", CommandLineTests.patList, "-o", path, "--quiet"], [:])
        #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func htmlAndMarkdownCarryTheSameVerdicts() throws {
        let arguments = [
            "vet", CommandLineTests.sampleZip, "--list", CommandLineTests.patList, "--requester", "Pat Quinn",
        ]
        let markdown = try Self.run(arguments, [:]).stdout
        let html = try Self.run(arguments + ["--format", "html"], [:]).stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("src=\"http"))
        let verdicts = ["vouch", "reconnect-first", "needs-reason", "blind", "not-connected", "ambiguous"]
        for verdict in verdicts {
            let inMarkdown = markdown.components(separatedBy: "**\(verdict)**").count - 1
            let inHTML = html.components(separatedBy: ">\(verdict)</span>").count - 1
            #expect(inMarkdown == inHTML, "\(verdict)")
        }
        let analyzeHTML = try Self.run(["analyze", CommandLineTests.sampleZip, "--format", "html"], [:]).stdout
        #expect(analyzeHTML.contains("<svg") && analyzeHTML.contains("Maya Okafor"))
    }

    @Test func inspectRefusesHTML() throws {
        #expect(try Self.run(["inspect", CommandLineTests.sampleZip, "--format", "html"], [:]).status == 64)
    }
}
