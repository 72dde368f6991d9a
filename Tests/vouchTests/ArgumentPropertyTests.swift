import ArgumentParser
import Foundation
import Testing

@testable import VouchVetting
@testable import vouch

/// No argument list makes vouch crash: generated lists of options and hostile values (empty
/// strings, `-`, `/`, `..`, very long paths, bytes that are not UTF-8) either parse or are
/// refused with exit code 64, and the output-path logic either accepts a path or refuses it
/// with exit code 1. 250 lists run in-process; a smaller sample runs through the binary,
/// which must end with 0, 1 or 64 and never a signal.
struct ArgumentPropertyTests {
    /// Path pieces; joined with `/` into a value, at most three, so at most three `..`. Never
    /// absolute past `/` itself, and written from four folders deep: the binary writes what
    /// it is given, so every file path stays inside the test's own folder.
    static let pieces = [
        "", "-", "/", "..", ".", "r.md", "r.html", "r.json", "r.txt", "R.HTML", "sub",
        String(repeating: "n", count: 300),
        String(repeating: "deep/", count: 900) + "r.md", "r.md", "r.json", "sub/r.md", "../r.md",
        "\u{FFFD}\u{FFFD}.md", "--", "-o", "é", " ", "\u{0}x",
    ]
    static let dates = ["2026-11-20", "", "-", "yesterday", "9999-99-99", "2026-02-30", "20261120", "0000-01-01"]
    static let formats = ["markdown", "json", "html", "", "pdf", "HTML", "-"]
    static let flags = ["-q", "--quiet", "--redact", "--help", "-h", "--version", "--bogus", "--", "-x"]

    static func value(_ random: inout SplitMix64) -> String {
        if Int.random(in: 0..<4, using: &random) == 0 { return "/" }
        let count = [1, 1, 1, 2, 3].randomElement(using: &random) ?? 1
        let joined = (0..<count).map { _ in pieces.randomElement(using: &random) ?? "" }.joined(separator: "/")
        return joined.hasPrefix("/") ? "." + joined : joined
    }

    /// One argument list: a command (or none), maybe an export, and a few options. (Parsing
    /// a list takes the debug build about 25 ms, which bounds how many are tried.)
    static func arguments(_ random: inout SplitMix64, export: String, list: String) -> [String] {
        var arguments: [String] = []
        let command =
            ["analyze", "analyze", "vet", "vet", "inspect", "inspect", "", "bogus"].randomElement(
                using: &random) ?? ""
        if !command.isEmpty { arguments.append(command) }
        if Int.random(in: 0..<8, using: &random) > 0 {
            arguments.append(Int.random(in: 0..<6, using: &random) == 0 ? value(&random) : export)
        }
        if command == "vet", Int.random(in: 0..<4, using: &random) > 0 { arguments += ["--list", list] }
        for _ in 0..<Int.random(in: 0...5, using: &random) {
            switch Int.random(in: 0..<12, using: &random) {
            case 0, 1, 2: arguments += ["-o", value(&random)]
            case 10: arguments += ["--format", formats.randomElement(using: &random) ?? ""]
            case 3: arguments += ["--as-of", dates.randomElement(using: &random) ?? ""]
            case 4: arguments += ["--list", Int.random(in: 0..<2, using: &random) == 0 ? list : value(&random)]
            case 5: arguments += ["--requester", ["", "Pat Quinn", "-", "/in/"].randomElement(using: &random) ?? ""]
            case 6:
                let option = ["--config", "--annotations", "--extra", "--contacts"].randomElement(using: &random) ?? ""
                arguments += [option, value(&random)]
            case 7: arguments.append(value(&random))
            default: arguments.append(flags.randomElement(using: &random) ?? "")
            }
        }
        return arguments
    }

    /// The output options of a parsed command, as the output-path logic sees them.
    static func outputPath(of command: ParsableCommand) -> (path: String?, format: ReportFormat)? {
        switch command {
        case let analyze as Analyze: return (analyze.output.path, analyze.output.resolvedFormat)
        case let vet as Vet: return (vet.output.path, vet.output.resolvedFormat)
        case let inspect as Inspect: return (inspect.output.path, inspect.output.resolvedFormat)
        default: return nil
        }
    }

    @Test func parsingAndOutputPathsNeverCrash() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-args-\(UUID().uuidString)")
        let base = folder.appendingPathComponent("a/b/c/d").path
        try FileManager.default.createDirectory(atPath: base + "/sub", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 26)
        var parsed = 0
        var written = 0
        var refused = 0
        for _ in 0..<250 {
            let arguments = Self.arguments(&random, export: CommandLineTests.sampleZip, list: CommandLineTests.patList)
            let command: ParsableCommand
            do {
                command = try Vouch.parseAsRoot(arguments)
            } catch {
                let code = Vouch.exitCode(for: error).rawValue
                #expect(code == 0 || code == 64, "\(arguments): exit \(code)")
                continue
            }
            parsed += 1
            guard let (path, _) = Self.outputPath(of: command), let path else { continue }
            // The output-path logic on the same text, inside the test's folder.
            do {
                let file = try ReportFile(path: base + "/" + path)
                try file.write("report\n")
                try file.finish()
                written += 1
            } catch is CommandFailure {
                refused += 1
            }
        }
        // Every piece as an output on its own, through the same logic.
        for piece in Self.pieces {
            do {
                let file = try ReportFile(path: base + "/" + piece)
                try file.write("report\n")
                try file.finish()
                written += 1
            } catch is CommandFailure {
                refused += 1
            }
        }
        // The generator reaches both sides of each decision.
        #expect(parsed > 60 && written > 5 && refused > 5, "parsed \(parsed), written \(written), refused \(refused)")
    }

    /// The binary, on a sample of the same lists and on raw bytes that are not UTF-8.
    @Test func theBinaryEndsWithZeroOneOr64() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-argv-\(UUID().uuidString)")
        let base = folder.appendingPathComponent("a/b/c/d")
        try FileManager.default.createDirectory(
            at: base.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var random = SplitMix64(seed: 64)
        var lists = (0..<36).map { _ in
            Self.arguments(&random, export: CommandLineTests.sampleZip, list: CommandLineTests.patList)
        }
        lists += [
            ["inspect", CommandLineTests.sampleZip, "-o", "-"], ["analyze", CommandLineTests.sampleZip, "-o", "/"],
            ["analyze", CommandLineTests.sampleZip, "-o", ".."], ["analyze", "", "-o", ""],
            ["vet", "-", "--list", "-"],
        ]
        for arguments in lists {
            let status = try Self.runBinary(arguments.map { Array($0.utf8) }, in: base)
            #expect(status == 0 || status == 1 || status == 64, "\(arguments): \(status)")
        }
        // Raw bytes: an export, an output and a list named in invalid UTF-8.
        let invalid: [UInt8] = [0xFF, 0xFE, 0x2E, 0x6D, 0x64]
        for arguments in [
            [Array("analyze".utf8), invalid],
            [Array("analyze".utf8), Array(CommandLineTests.sampleZip.utf8), Array("-o".utf8), invalid],
            [Array("vet".utf8), Array(CommandLineTests.sampleZip.utf8), Array("--list".utf8), invalid],
            [Array("inspect".utf8), Array(CommandLineTests.sampleZip.utf8), Array("--format".utf8), invalid],
        ] {
            let status = try Self.runBinary(arguments, in: base)
            #expect(status == 0 || status == 1 || status == 64, "\(arguments): \(status)")
        }
    }

    /// Runs the binary with arguments given as bytes (through the shell's printf, which can
    /// pass bytes that are not UTF-8) in `folder`; the exit status, or 128 + the signal.
    static func runBinary(_ arguments: [[UInt8]], in folder: URL) throws -> Int32 {
        let encoded = arguments.map { bytes in
            "\"$(printf '" + bytes.map { String(format: "\\%03o", $0) }.joined() + "')\""
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "exec \"$0\" " + encoded.joined(separator: " ") + " </dev/null", CommandLineTests.binary.path,
        ]
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
            ? 128 + process.terminationStatus : process.terminationStatus
    }
}
