import Foundation
import Testing

/// Files other people made, at their worst. Each case gets exit 0 with the bad part skipped
/// and reported, or exit 1 with a message naming the file: never a crash, a hang, or memory
/// past a few hundred MB. docs/HARDENING.md explains which gets which.
struct HostileInputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let sampleZip = CommandLineTests.sampleZip

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func write(_ data: Data, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    static let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"

    func run(_ arguments: [String]) throws -> CommandLineTests.Run {
        try CommandLineTests.run(arguments)
    }

    @Test func binaryGarbageIsRefusedWithTheFileNamed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var generator = SystemRandomNumberGenerator()
        let garbage = Data((0..<200_000).map { _ in UInt8.random(in: 0...255, using: &generator) })
        let path = try write(garbage, "Connections.csv", in: dir)
        let result = try run(["analyze", path])
        #expect(result.status == 1)
        #expect(
            result.stderr.contains("Connections.csv: no header row with the expected columns (First Name, Last Name"))
    }

    @Test func nulBytesAreStrippedFromNames() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = try write(
            Data((Self.header + "An\u{0}na,Berg,,,Acme,Eng,04 Dec 2025\n").utf8), "Connections.csv", in: dir)
        let result = try run(["analyze", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"name\": \"Anna Berg\""))
    }

    @Test func aFiveMegabyteFieldIsRead() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let big = String(repeating: "x", count: 5_000_000)
        let path = try write(
            Data((Self.header + "Anna,Berg,,,\(big),Eng,04 Dec 2025\nBo,Lund,,,Acme,CEO,04 Dec 2025\n").utf8),
            "Connections.csv", in: dir)
        let result = try run(["inspect", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"connections\": 2"))
    }

    @Test func aHundredThousandColumns() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let extra = String(repeating: ",x", count: 100_000)
        let text = Self.header.dropLast() + extra + "\nAnna,Berg,,,Acme,Eng,04 Dec 2025" + extra + "\n"
        let path = try write(Data(text.utf8), "Connections.csv", in: dir)
        let result = try run(["inspect", path, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"connections\": 1"))
    }

    @Test func emptyAndHeaderOnlyFiles() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = try write(Data(), "Connections.csv", in: dir)
        let result = try run(["analyze", empty])
        #expect(result.status == 1)
        #expect(result.stderr.contains("Connections.csv: the file is empty"))
        let headerOnly = try write(Data(Self.header.utf8), "only-header.csv", in: dir)
        let report = try run(["analyze", headerOnly])
        #expect(report.status == 1)
        #expect(report.stderr.contains("only-header.csv: holds no connections: its header was found"))
    }

    @Test func unterminatedQuoteAtTheStart() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "\"" + Self.header + "Anna,Berg,,,Acme,Eng,04 Dec 2025\nBo,Lund,,,Acme,CEO,04 Dec 2025\n"
        let path = try write(Data(text.utf8), "Connections.csv", in: dir)
        let result = try run(["inspect", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("line 1: unterminated quoted field, before the header; that line was not read"))
        #expect(result.stdout.contains("- Connections: 2"))
    }

    /// A quote opened in the middle of a file and never closed: that row is skipped with its
    /// line, the row after it is still read.
    @Test func unterminatedQuoteInTheMiddle() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text =
            Self.header + "Anna,Berg,,,\"Acme, Inc,Eng,04 Dec 2025\nBo,Lund,,,\"Globex, Ltd\",CEO,04 Dec 2025\n"
            + "Cara,Moe,,,Initech,CTO,04 Dec 2025\n"
        let path = try write(Data(text.utf8), "Connections.csv", in: dir)
        let result = try run(["inspect", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("| 3 | 2 | 1 |"), "\(result.stdout)")
        #expect(result.stdout.contains("line 2: skipped, unterminated quote: "), "\(result.stdout)")
        #expect(result.stdout.contains("- Connections: 2"))
    }

    @Test func utf16WithoutByteOrderMark() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = Self.header + "Anna,Berg,,,Acme,Eng,04 Dec 2025\n"
        var bytes: [UInt8] = []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let path = try write(Data(bytes), "Connections.csv", in: dir)
        let result = try run(["inspect", path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("UTF-16 text without a byte order mark"))
        #expect(result.stdout.contains("- Connections: 1"))
    }

    /// Zips that must be read in part, with what `inspect` says of them: entries that leave
    /// the archive, bombs (declared, or lying about their size), a checksum that does not
    /// match, and entries vouch cannot read. Each is exit 0, the rest of the export used.
    @Test(arguments: [
        (
            "traversal.zip",
            [
                "refused ../evil.csv: path leaves the archive", "refused /etc/Connections.csv: path leaves the archive",
                "- Connections: 1",
            ]
        ),
        ("bomb-declared.zip", ["refused messages.csv: compressed over 200 times"]),
        ("bomb-lying.zip", ["inflates past its declared size; reading stopped"]),
        (
            "checksum.zip",
            ["messages.csv: not read:", "(entry messages.csv does not match its checksum)", "- Connections: 1"]
        ),
        (
            "unreadable-entries.zip",
            [
                "refused Invitations.csv: encrypted", "refused messages.csv: symbolic link (not followed)",
                "compressed with method 12, which vouch does not read", "- Connections: 1",
            ]
        ),
    ])
    func hostileZipsAreReadInPart(fixture: String, says lines: [String]) throws {
        let result = try run(["inspect", Self.fixtures.appendingPathComponent(fixture).path])
        #expect(result.status == 0)
        for line in lines { #expect(result.stdout.contains(line), "\(fixture): \(line)") }
    }

    @Test func symlinkLoopInAFolder() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try write(Data((Self.header + "Anna,Berg,,,Acme,Eng,04 Dec 2025\n").utf8), "Connections.csv", in: dir)
        try FileManager.default.createSymbolicLink(
            atPath: dir.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let result = try run(["inspect", dir.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("refused loop: symbolic link to a folder (not followed)"))
    }

    @Test func aHundredThousandLineRequestList() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = "Name,Company\n"
        for index in 0..<100_000 { text += "Person \(index),Company \(index % 50)\n" }
        let path = try write(Data(text.utf8), "list.csv", in: dir)
        let result = try run(["vet", Self.sampleZip, "--list", path, "--format", "json", "--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"not-connected\": 100000"))
    }

    @Test func htmlListNestedAHundredThousandDeep() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let html =
            "<html><body>" + String(repeating: "<div>", count: 100_000) + "<ul><li>Maya Okafor</li></ul></body></html>"
        let path = try write(Data(html.utf8), "list.html", in: dir)
        let result = try run(["vet", Self.sampleZip, "--list", path, "--format", "json"])
        #expect(result.status == 0 || result.status == 1)
        #expect(!result.stderr.contains("Fatal error"))
    }
}

/// An input that is no file, or a Connections.csv with nothing under its header, is an error
/// that says what it is.
struct NoDataInputTests {
    static let zip = CommandLineTests.sampleZip

    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-nodata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aDeviceIsNamedAsOneNeverAsUnreadable() throws {
        for arguments in [
            ["analyze", Self.zip, "--config", "/dev/null"], ["vet", Self.zip, "--list", "/dev/null"],
            ["analyze", Self.zip, "--annotations", "/dev/null"],
        ] {
            let result = try CommandLineTests.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(
                result.stderr.contains("/dev/null: cannot be read (it is a device, not a file)."), "\(result.stderr)")
            #expect(!result.stderr.contains("permission denied"), "\(arguments)")
        }
        let export = try CommandLineTests.run(["analyze", "/dev/null"])
        #expect(export.status == 1)
        #expect(export.stderr.contains("/dev/null: not a file or a folder (a device or a pipe)."), "\(export.stderr)")
        #expect(!export.stderr.contains("found only null"))
    }

    /// A list handed over through a pipe is read, not refused as unreadable.
    @Test func aListThroughAPipeIsRead() throws {
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["vet", Self.zip, "--list", "/dev/stdin", "--format", "json"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("Maya Okafor\n".utf8))
        try input.fileHandleForWriting.close()
        let report = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: report, as: UTF8.self).contains("Maya Okafor"))
    }

    @Test func aConnectionsFileWithOnlyItsHeaderIsAnError() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("Connections.csv").path
        try Data(("Notes:\n\"When exporting your connection data…\"\n\n" + HostileInputTests.header).utf8)
            .write(to: URL(fileURLWithPath: path))
        for command in ["analyze", "inspect"] {
            let result = try CommandLineTests.run([command, path])
            #expect(result.status == 1, "\(command)")
            #expect(
                result.stderr.contains("\(path): holds no connections: its header was found, but no rows follow it."),
                "\(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
        // The same in an unpacked export: the file is named inside its folder.
        let export = try CommandLineTests.run(["analyze", dir.path])
        #expect(export.status == 1)
        #expect(export.stderr.contains("\(dir.path)/Connections.csv: holds no connections"), "\(export.stderr)")
    }
}
