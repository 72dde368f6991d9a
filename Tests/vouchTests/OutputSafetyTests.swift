import Foundation
import Testing

/// `-o` never destroys what the report was made from, `-o -` is standard output, and the file
/// name's extension and `--format` agree: run through the built binary as a user would.
struct OutputSafetyTests {
    static let sampleFolder = CommandLineTests.repository.appendingPathComponent(
        "SampleData/Basic_LinkedInDataExport_11-20-2026"
    ).path
    static let pages = CommandLineTests.repository.appendingPathComponent("Tests/VouchKitTests/Fixtures/pages").path
    static let contacts = CommandLineTests.repository.appendingPathComponent("SampleData/contacts").path

    /// A scratch folder holding copies of every kind of input.
    struct Workspace {
        let folder: String
        let manager = FileManager.default

        init() throws {
            folder =
                FileManager.default.temporaryDirectory.appendingPathComponent("vouch-out-\(UUID().uuidString)")
                .path
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try manager.copyItem(atPath: CommandLineTests.sampleZip, toPath: path("copy.zip"))
            try manager.copyItem(atPath: OutputSafetyTests.sampleFolder, toPath: path("export"))
            try manager.copyItem(atPath: CommandLineTests.patList, toPath: path("mylist.csv"))
            try manager.copyItem(atPath: OutputSafetyTests.pages + "/classic.html", toPath: path("page.html"))
            try manager.copyItem(
                atPath: OutputSafetyTests.contacts + "/google-contacts.csv", toPath: path("google.csv"))
            try Data("name,tier\nMaya Okafor,trusted\n".utf8).write(to: URL(fileURLWithPath: path("people.csv")))
            try Data(#"{"thresholds": {"dunbarLimit": 150}}"#.utf8).write(to: URL(fileURLWithPath: path("config.json")))
        }

        func path(_ name: String) -> String { folder + "/" + name }

        func bytes(_ name: String) -> Data? { manager.contents(atPath: path(name)) }

        func remove() { try? manager.removeItem(atPath: folder) }
    }

    /// Runs vouch and checks it refused to write over `victim`, leaving it as it was.
    func expectRefused(_ arguments: [String], victim: String, in space: Workspace, naming input: String? = nil)
        throws
    {
        let before = space.bytes(victim)
        let result = try CommandLineTests.run(arguments)
        // A name that says data (.csv, .zip) is refused before anything is read.
        let output = arguments[(arguments.firstIndex(of: "-o") ?? 0) + 1]
        if ["csv", "zip"].contains(output.split(separator: ".").last ?? "") {
            #expect(result.status == 64, "\(arguments)")
            #expect(result.stderr.contains("is named like a data file"), "\(arguments): \(result.stderr)")
        } else {
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("the report would replace an input"), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(input ?? victim), "\(arguments): \(result.stderr)")
        }
        #expect(!result.stdout.contains("Report written"), "\(arguments)")
        #expect(space.bytes(victim) == before && before != nil, "\(victim) changed")
    }

    @Test func everyKindOfInputIsRefusedAsTheOutput() throws {
        let space = try Workspace()
        defer { space.remove() }
        let p = space.path
        let cases: [([String], String)] = [
            (["analyze", p("copy.zip"), "-o", p("copy.zip")], "copy.zip"),
            (["inspect", p("copy.zip"), "-o", p("copy.zip")], "copy.zip"),
            (["analyze", p("export/Connections.csv"), "-o", p("export/Connections.csv")], "export/Connections.csv"),
            (["analyze", p("export"), "-o", p("export/messages.csv")], "export/messages.csv"),
            (["analyze", p("export"), "-o", p("export/Invitations.csv")], "export/Invitations.csv"),
            (["vet", p("copy.zip"), "--list", p("mylist.csv"), "-o", p("mylist.csv")], "mylist.csv"),
            (["analyze", p("copy.zip"), "--annotations", p("people.csv"), "-o", p("people.csv")], "people.csv"),
            (["analyze", p("copy.zip"), "--contacts", p("google.csv"), "-o", p("google.csv")], "google.csv"),
            (["analyze", p("copy.zip"), "--config", p("config.json"), "-o", p("config.json")], "config.json"),
            (["analyze", p("copy.zip"), "--extra", p("page.html"), "-o", p("page.html")], "page.html"),
        ]
        for (arguments, victim) in cases {
            try expectRefused(arguments, victim: victim, in: space)
        }
    }

    @Test func linksToAnInputAreRefusedNamingBoth() throws {
        let space = try Workspace()
        defer { space.remove() }
        try FileManager.default.createSymbolicLink(atPath: space.path("soft.md"), withDestinationPath: "copy.zip")
        try FileManager.default.linkItem(atPath: space.path("copy.zip"), toPath: space.path("hard.md"))
        try FileManager.default.createSymbolicLink(atPath: space.path("soft.txt"), withDestinationPath: "mylist.csv")
        for name in ["soft.md", "hard.md"] {
            try expectRefused(
                ["analyze", space.path("copy.zip"), "-o", space.path(name)], victim: "copy.zip", in: space,
                naming: space.path("copy.zip"))
        }
        try expectRefused(
            ["vet", space.path("copy.zip"), "--list", space.path("mylist.csv"), "-o", space.path("soft.txt")],
            victim: "mylist.csv", in: space, naming: space.path("mylist.csv"))
        // The same file through another spelling of its folder.
        try expectRefused(
            ["analyze", space.path("export"), "-o", space.path("export/../export/Connections.csv")],
            victim: "export/Connections.csv", in: space)
    }

    /// Standard output appended to an input (`>> input`) is refused too.
    @Test func standardOutputThatIsAnInputIsRefused() throws {
        let space = try Workspace()
        defer { space.remove() }
        let before = space.bytes("mylist.csv")
        let process = Process()
        process.executableURL = CommandLineTests.binary
        process.arguments = ["vet", space.path("copy.zip"), "--list", space.path("mylist.csv")]
        let handle = try #require(FileHandle(forWritingAtPath: space.path("mylist.csv")))
        handle.seekToEndOfFile()
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(space.bytes("mylist.csv") == before)
    }

    /// A file already in the unpacked export, at any depth, is never replaced, even one vouch
    /// does not read (LinkedIn's Learning.csv, a README the user keeps there).
    @Test func anExistingFileInTheExportFolderIsNeverReplaced() throws {
        let space = try Workspace()
        defer { space.remove() }
        try FileManager.default.createDirectory(atPath: space.path("export/notes"), withIntermediateDirectories: true)
        for name in ["export/README.txt", "export/notes/plan.md", "export/Learning.json"] {
            try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: space.path(name)))
            let result = try CommandLineTests.run(["analyze", space.path("export"), "-o", space.path(name)])
            #expect(result.status == 1, "\(name)")
            #expect(
                result.stderr.contains("already exists in \(space.path("export")), the export this report reads"),
                "\(name): \(result.stderr)")
            #expect(space.bytes(name) == Data("keep me\n".utf8), "\(name) changed")
        }
    }

    /// A report is never written under a data file's name: not over the CSVs of an unpacked
    /// copy of the export, not as a new file either.
    @Test func aDataFileNameIsAUsageError() throws {
        let space = try Workspace()
        defer { space.remove() }
        let profile = space.bytes("export/Profile.csv")
        for name in [
            "export/Profile.csv", "export/Learning.CSV", "list.tsv", "x.zip", "w.xlsx", "w.xls", "m.eml", "c.vcf",
        ] {
            let result = try CommandLineTests.run(["analyze", space.path("copy.zip"), "-o", space.path(name)])
            #expect(result.status == 64, "\(name)")
            #expect(result.stderr.contains("is named like a data file"), "\(name): \(result.stderr)")
            #expect(result.stderr.contains("vouch writes reports named .md, .json or .html"), "\(result.stderr)")
        }
        #expect(space.bytes("export/Profile.csv") == profile && profile != nil)
        #expect(space.bytes("export/Learning.CSV") == nil)
    }

    @Test func aNewReportInsideTheExportFolderIsWritten() throws {
        let space = try Workspace()
        defer { space.remove() }
        let result = try CommandLineTests.run(["analyze", space.path("export"), "-o", space.path("export/depth.md")])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(String(decoding: space.bytes("export/depth.md") ?? Data(), as: UTF8.self).hasPrefix("# Relationship"))
        #expect(result.stdout == "Report written to \(space.path("export/depth.md"))\n")
    }

    /// A link to a file that is no input: the file is replaced whole (not written over in
    /// place, which left the end of a longer old file behind), and the link stays a link.
    @Test func aLinkToAnOrdinaryFileKeepsTheLink() throws {
        let space = try Workspace()
        defer { space.remove() }
        try Data(repeating: UInt8(ascii: "x"), count: 200_000).write(to: URL(fileURLWithPath: space.path("real.md")))
        try FileManager.default.createSymbolicLink(atPath: space.path("link.md"), withDestinationPath: "real.md")
        let result = try CommandLineTests.run(["analyze", CommandLineTests.sampleZip, "-o", space.path("link.md")])
        #expect(result.status == 0, "\(result.stderr)")
        let expected = try CommandLineTests.run(["analyze", CommandLineTests.sampleZip]).stdout
        #expect(String(decoding: space.bytes("real.md") ?? Data(), as: UTF8.self) == expected)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: space.path("link.md"))) == "real.md")
    }

    @Test func dashIsStandardOutput() throws {
        let space = try Workspace()
        defer { space.remove() }
        for command in [
            ["inspect", CommandLineTests.sampleZip], ["analyze", CommandLineTests.sampleZip],
            ["vet", CommandLineTests.sampleZip, "--list", CommandLineTests.patList],
        ] {
            let result = try CommandLineTests.run(command + ["-o", "-", "--format", "json"])
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil, "\(command)")
            #expect(!FileManager.default.fileExists(atPath: "-"))
        }
    }

    @Test func aFolderAsTheOutputIsAUsageError() throws {
        let space = try Workspace()
        defer { space.remove() }
        let result = try CommandLineTests.run(["analyze", CommandLineTests.sampleZip, "-o", space.folder])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--output \(space.folder) is a folder; give the report a file name"))
        #expect(try CommandLineTests.run(["analyze", CommandLineTests.sampleZip, "-o", ""]).status == 64)
    }

    @Test func theExtensionSetsTheFormat() throws {
        let space = try Workspace()
        defer { space.remove() }
        let zip = CommandLineTests.sampleZip
        #expect(try CommandLineTests.run(["analyze", zip, "-o", space.path("r.html")]).status == 0)
        #expect(String(decoding: space.bytes("r.html") ?? Data(), as: UTF8.self).hasPrefix("<!DOCTYPE html>"))
        #expect(try CommandLineTests.run(["inspect", zip, "-o", space.path("r.JSON")]).status == 0)
        #expect((try? JSONSerialization.jsonObject(with: space.bytes("r.JSON") ?? Data())) != nil)
        #expect(try CommandLineTests.run(["analyze", zip, "-o", space.path("r.md")]).status == 0)
        #expect(String(decoding: space.bytes("r.md") ?? Data(), as: UTF8.self).hasPrefix("# Relationship"))
        // Another extension keeps the default, or what --format says.
        #expect(try CommandLineTests.run(["analyze", zip, "-o", space.path("r.txt"), "--format", "json"]).status == 0)
        #expect((try? JSONSerialization.jsonObject(with: space.bytes("r.txt") ?? Data())) != nil)
    }

    @Test func aFormatThatContradictsTheExtensionIsAUsageError() throws {
        let space = try Workspace()
        defer { space.remove() }
        let zip = CommandLineTests.sampleZip
        let mismatch = try CommandLineTests.run(["analyze", zip, "-o", space.path("r.html"), "--format", "json"])
        #expect(mismatch.status == 64)
        #expect(mismatch.stderr.contains("--format json does not match the file name"))
        let inspect = try CommandLineTests.run(["inspect", zip, "-o", space.path("r.html")])
        #expect(inspect.status == 64)
        #expect(inspect.stderr.contains("this command writes markdown or json"))
        #expect(space.bytes("r.html") == nil)
    }

    @Test func everyCommandSaysWhereItWroteTheReport() throws {
        let space = try Workspace()
        defer { space.remove() }
        let zip = CommandLineTests.sampleZip
        for (command, name) in [
            (["analyze", zip], "a.md"), (["inspect", zip], "i.md"),
            (["vet", zip, "--list", CommandLineTests.patList], "v.md"),
        ] {
            let result = try CommandLineTests.run(command + ["-o", space.path(name)])
            #expect(result.status == 0)
            #expect(result.stdout.hasSuffix("Report written to \(space.path(name))\n"), "\(command)")
            let quiet = try CommandLineTests.run(command + ["-o", space.path(name), "-q"])
            #expect(quiet.stdout.isEmpty, "\(command)")
        }
    }

    @Test func helpOffersOnlyWhatEachCommandWrites() throws {
        let inspect = try CommandLineTests.run(["inspect", "--help"]).stdout
        #expect(inspect.contains("values: markdown, json)"))
        #expect(!inspect.contains("html"))
        for command in ["analyze", "vet"] {
            #expect(try CommandLineTests.run([command, "--help"]).stdout.contains("values: markdown, json, html)"))
        }
    }
}
