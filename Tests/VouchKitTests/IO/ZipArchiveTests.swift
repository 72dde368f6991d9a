import Foundation
import Testing

@testable import VouchVetting
@testable import VouchIO

/// The zip reader: its table of contents (ZIP64 included), stored and deflated entries read
/// whole or from any offset, and damaged archives refused with a clear error.
struct ZipArchiveTests {
    static func contents(_ source: ExportSource, _ path: String, range: Range<Int>? = nil) throws -> [UInt8] {
        var bytes: [UInt8] = []
        let entry = ExportEntry(path: path)
        if let range, let ranged = source as? RangeReadable {
            try ranged.read(entry, range: range) { bytes.append(contentsOf: $0) }
        } else {
            try source.read(entry) { bytes.append(contentsOf: $0) }
        }
        return bytes
    }

    @Test func theSampleZipInflatesToTheFolderBytes() throws {
        let zip = try ExportSources.open(TestPaths.sampleZip)
        let folder = try ExportSources.open(TestPaths.sampleFolder)
        for entry in folder.entries where entry.fileName.hasSuffix(".csv") {
            let name = try #require(zip.entries.first { $0.fileName == entry.fileName }?.path)
            #expect(try Self.contents(zip, name) == Self.contents(folder, entry.path), "\(entry.path)")
        }
    }

    @Test func anyRangeOfAnEntryIsThoseBytesOfTheWhole() throws {
        let text = (0..<80_000).map { "row \($0),\"quoted, text\",\($0 * 7)\n" }.joined()
        for zip64 in [false, true] {
            let path = try ZipWriter(
                entries: [ZipWriter.Entry("deflated.csv", text), ZipWriter.Entry("stored.csv", text, deflate: false)],
                zip64: zip64
            ).write()
            defer { try? FileManager.default.removeItem(atPath: path) }
            let source = try ExportSources.open(path)
            #expect(source.entries.map(\.path) == ["deflated.csv", "stored.csv"])
            let whole = Array(text.utf8)
            #expect(whole.count > 2 * ExportSources.chunkSize)  // ranges cross inflated chunks
            for name in ["deflated.csv", "stored.csv"] {
                #expect(try Self.contents(source, name) == whole, "\(name), zip64 \(zip64)")
                for range in [0..<10, 5..<5, 1_000_000..<1_000_001, 999_999..<2_100_000, 700_000..<whole.count] {
                    #expect(
                        try Self.contents(source, name, range: range) == Array(whole[range]),
                        "\(name) \(range), zip64 \(zip64)")
                }
            }
        }
    }

    @Test func aWrongChecksumIsADamagedArchiveNotWrongData() throws {
        for deflate in [false, true] {
            var entry = ZipWriter.Entry("Connections.csv", "First Name,Last Name\nAnna,Berg\n", deflate: deflate)
            entry.wrongChecksum = true
            let path = try ZipWriter(entries: [entry]).write()
            defer { try? FileManager.default.removeItem(atPath: path) }
            #expect(
                throws: SourceError.corruptArchive(
                    path: path, reason: "entry Connections.csv does not match its checksum")
            ) {
                try Self.contents(ExportSources.open(path), "Connections.csv")
            }
        }
    }

    @Test func aCutOrGarbledArchiveIsAClearError() throws {
        let text = String(repeating: "First Name,Last Name\nAnna,Berg\n", count: 2_000)
        let bytes = ZipWriter(entries: [ZipWriter.Entry("Connections.csv", text)]).bytes()
        // Cut: the table of contents is gone.
        let cut = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-cut-\(UUID().uuidString).zip")
            .path
        try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: cut))
        defer { try? FileManager.default.removeItem(atPath: cut) }
        #expect(throws: SourceError.corruptArchive(path: cut, reason: "its table of contents cannot be read")) {
            try ExportSources.open(cut)
        }
        // Garbled: the deflated bytes are damaged; either the stream or its checksum says so.
        var garbled = bytes
        for index in stride(from: 60, to: 300, by: 3) { garbled[index] ^= 0x5A }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-bad-\(UUID().uuidString).zip")
            .path
        try Data(garbled).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try Self.contents(ExportSources.open(path), "Connections.csv")
        } throws: { error in
            guard case .corruptArchive(_, let reason) = error as? SourceError else { return false }
            return reason.hasPrefix("entry Connections.csv ")
        }
    }

    @Test func damagedCopiesOfTheSampleZipFailCleanlyOrReadTheSame() throws {
        // Bytes changed anywhere (often in the table of contents and headers at the end),
        // or the file cut short, in the sample zip and a ZIP64 one: every copy opens and
        // reads, or throws an ingest error.
        let originals = [
            [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestPaths.sampleZip))),
            ZipWriter(
                entries: [
                    ZipWriter.Entry("Connections.csv", "First Name\nAnna\n"),
                    ZipWriter.Entry("a.csv", "b", deflate: false),
                ],
                zip64: true
            ).bytes(),
        ]
        var generator = SplitMix64(seed: 7)
        var failures = 0
        for round in 0..<300 {
            var bytes = originals[round % 2]
            if round % 5 == 3 {
                bytes.removeLast(Int.random(in: 1..<bytes.count, using: &generator))
            } else {
                for _ in 0..<Int.random(in: 1...8, using: &generator) {
                    let index =
                        Bool.random(using: &generator)
                        ? Int.random(in: 0..<bytes.count, using: &generator)
                        : bytes.count - 1 - Int.random(in: 0..<min(3_000, bytes.count), using: &generator)
                    bytes[index] = UInt8.random(in: 0...255, using: &generator)
                }
            }
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(
                "vouch-fuzz-\(UUID().uuidString).zip"
            )
            .path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                let source = try ZipSource(path: path)
                for entry in source.entries { _ = try Self.contents(source, entry.path) }
            } catch is SourceError {
                failures += 1
            }
        }
        #expect(failures > 50)  // the damage was real
    }

    @Test func linksEncryptedEntriesAndUnknownMethodsAreRefusedWithTheReason() throws {
        var link = ZipWriter.Entry("link.csv", "/etc/passwd", deflate: false)
        link.unixMode = 0o120777
        var locked = ZipWriter.Entry("locked.csv", "secret", deflate: false)
        locked.flags |= 1
        var bzip = ZipWriter.Entry("bzip.csv", "text", deflate: false)
        bzip.method = 12
        let path = try ZipWriter(entries: [ZipWriter.Entry("Connections.csv", "a"), link, locked, bzip]).write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try ExportSources.open(path)
        #expect(source.entries.map(\.path) == ["Connections.csv"])
        #expect(
            source.refused == [
                RefusedEntry(name: "link.csv", reason: "symbolic link (not followed)"),
                RefusedEntry(name: "locked.csv", reason: "encrypted"),
                RefusedEntry(name: "bzip.csv", reason: "compressed with method 12, which vouch does not read"),
            ])
    }

    @Test func namesWithoutTheUTF8FlagAreReadAsCodePage437UnlessValidUTF8() throws {
        var old = ZipWriter.Entry("x", "a")
        old.name = Array("Gr".utf8) + [0x81] + Array("n.csv".utf8)  // 0x81 is ü in code page 437
        old.flags = 0
        var modern = ZipWriter.Entry("Grün-utf8.csv", "b")
        modern.flags = 0
        let path = try ZipWriter(entries: [old, modern]).write()
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ExportSources.open(path).entries.map(\.path) == ["Grün.csv", "Grün-utf8.csv"])
    }
}
