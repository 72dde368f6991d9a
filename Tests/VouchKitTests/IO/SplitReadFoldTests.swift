import Foundation
import Testing

@testable import VouchIO

/// The split read knows bytes and records only: any fold that can absorb the part after it
/// gives, read in parts, what one pass over the file gives; and when it cannot be exact it
/// says why in terms of bytes.
struct SplitReadFoldTests {
    /// A fold that knows nothing of LinkedIn: it counts records, sums the `value` column,
    /// measures the `note` column and keeps every id in the order read.
    struct Tally: PartFold, Equatable, CustomStringConvertible {
        var records = 0
        var valueSum = 0
        var noteBytes = 0
        var malformed = 0
        var ids: [Int] = []
        /// How many parts were folded into this one.
        var parts = 0

        var isStreaming: Bool { true }

        /// Equal when they hold the same records, however many parts they were read in.
        static func == (a: Tally, b: Tally) -> Bool {
            (a.records, a.valueSum, a.noteBytes, a.malformed) == (b.records, b.valueSum, b.noteBytes, b.malformed)
                && a.ids == b.ids
        }

        /// Short, for a failed expectation: the counts, and the first id out of file order.
        var description: String {
            let outOfOrder = ids.indices.dropFirst().first { ids[$0] < ids[$0 - 1] }
            return "\(records) records, sum \(valueSum), \(noteBytes) note bytes, \(malformed) malformed, "
                + "\(parts) parts, " + (outOfOrder.map { "id \(ids[$0]) out of order at \($0)" } ?? "ids in order")
        }

        mutating func absorb(_ later: consuming Tally) {
            records += later.records
            valueSum += later.valueSum
            noteBytes += later.noteBytes
            malformed += later.malformed
            ids += later.ids
            parts += later.parts
        }

        mutating func add(_ record: CSVFields) {
            records += 1
            ids.append(Int(record.string(0)) ?? -1)
            noteBytes += record[2].count
            valueSum += Int(record.string(3)) ?? 0
        }
    }

    static let header = "id,name,note,value\n"
    static let shape = CSVShape(delimiter: ASCII.comma, fieldCount: 4)

    /// A row; every `quotedEvery`th row's note is quoted and runs over three lines.
    static func row(_ id: Int, quotedEvery: Int = 50) -> String {
        let note =
            id % quotedEvery == 0
            ? "\"first line of \(id),\nsecond, with commas,\nand a \"\"quote\"\"\"" : "plain note \(id)"
        return "\(id),name \(id),\(note),\((id * 7_919) % 1_000)\n"
    }

    /// Rows from `ids`, after the header.
    static func table(_ ids: Range<Int>) -> String {
        Self.header + ids.map { row($0) }.joined()
    }

    /// Writes `text` as a file (or a zip holding it, deflated) and returns its source and entry.
    static func open(_ text: String, zipped: Bool) throws -> (source: ExportSource, entry: ExportEntry, path: String) {
        let path: String
        if zipped {
            path = try ZipWriter(entries: [ZipWriter.Entry("table.csv", text)]).write()
        } else {
            path =
                FileManager.default.temporaryDirectory.appendingPathComponent("vouch-fold-\(UUID().uuidString).csv")
                .path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let source = try ExportSources.open(path)
        let entry = try #require(source.entries.first)
        return (source, entry, path)
    }

    /// Folds the records of `bytes` (after the header, unless they start in the middle);
    /// true when they ended between two records.
    static func readPart(
        _ bytes: any ExportSource, entry: ExportEntry, startsMidFile: Bool, into tally: inout Tally
    ) throws -> Bool {
        tally.parts += 1
        var reader = CSVReader(delimiter: ASCII.comma)
        var header = !startsMidFile
        func take(_ record: CSVFields) {
            if header {
                header = false
            } else {
                tally.add(record)
            }
        }
        try bytes.read(entry) { chunk in
            reader.feed(chunk, onRecord: take, onMalformed: { _, _ in tally.malformed += 1 })
        }
        let atBoundary = reader.isAtRecordBoundary
        reader.finish(onRecord: take, onMalformed: { _, _ in tally.malformed += 1 })
        return atBoundary
    }

    /// The split read of the file with the tally.
    static func split(
        _ source: any ExportSource, _ entry: ExportEntry, minimumSize: Int = 1 << 20, minimumTaken: Int = 1,
        shape: CSVShape? = SplitReadFoldTests.shape
    ) throws -> SplitRead.Outcome<Tally> {
        try SplitRead.read(
            source, entry: entry, minimumSize: minimumSize, minimumTaken: minimumTaken, progress: nil,
            shape: { shape }, makeFold: { _ in Tally() },
            readPart: { bytes, startsMidFile, tally, _ in
                try readPart(bytes, entry: entry, startsMidFile: startsMidFile, into: &tally)
            })
    }

    /// One pass over the whole file, without the split read.
    static func onePass(_ source: any ExportSource, _ entry: ExportEntry) throws -> Tally {
        var tally = Tally()
        _ = try readPart(source, entry: entry, startsMidFile: false, into: &tally)
        return tally
    }

    /// Several MB of rows, some with quoted line breaks, in files and in zips (whose second
    /// part inflates the bytes before it), with a third part taken whenever a half finishes
    /// first: in parts, the merged tally is the one pass's, ids in file order.
    @Test(arguments: [false, true])
    func partsMergeIntoWhatOnePassGives(zipped: Bool) throws {
        var inParts = 0
        for (rows, minimumTaken) in [(90_000, 1), (110_000, 1), (130_000, Int.max)] {
            let (source, entry, path) = try Self.open(Self.table(0..<rows), zipped: zipped)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let whole = try Self.onePass(source, entry)
            #expect(whole.records == rows && whole.ids == Array(0..<rows) && whole.malformed == 0)
            switch try Self.split(source, entry, minimumTaken: minimumTaken) {
            case .inParts(let merged):
                inParts += 1
                #expect(merged == whole, "\(rows) rows")
            case .notRead(because: .partsDidNotMeet):
                break  // the split fell inside a quoted note: exact, and said so
            case let other:
                Issue.record("\(rows) rows: \(other)")
            }
        }
        #expect(inParts >= 2)
    }

    /// A half that finishes first takes part of what the other has left, in a third fold:
    /// merged in file order, the tally is the one pass's, whichever half is taken from. The
    /// half of short rows (more rows to the byte) is the slow one, so the other takes from
    /// it; which half finishes first is still up to the machine, so the file is read again
    /// until it has.
    @Test(arguments: [true, false])
    func aHalfThatFinishesFirstTakesFromTheOther(shortRowsFirst: Bool) throws {
        var rows: [String] = []
        var size = 0
        while size < 12 << 20 {
            let id = rows.count
            let row =
                (size < 6 << 20) == shortRowsFirst
                ? "\(id),n,s,\(id % 10)\n"
                : "\(id),name \(id),\(String(repeating: "a longer note ", count: 20)),\(id % 10)\n"
            rows.append(row)
            size += row.utf8.count
        }
        let (source, entry, path) = try Self.open(Self.header + rows.joined(), zipped: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try Self.onePass(source, entry)
        var taken = false
        for _ in 0..<20 where !taken {
            guard case .inParts(let merged) = try Self.split(source, entry) else {
                Issue.record("not read in parts")
                return
            }
            taken = merged.parts == 3
            #expect(merged == whole)
        }
        #expect(taken)
    }

    /// A quoted note of many lines that look like records straddles the middle: the split is
    /// found inside it, the first part does not end between records, and nothing is kept.
    @Test(arguments: [false, true])
    func aQuotedFieldAcrossTheSplitIsNotMerged(zipped: Bool) throws {
        let notes = "1000000,long,\"notes:\n" + String(repeating: "9,fake,inner,1\n", count: 8_000) + "\",5\n"
        let rows = (0..<120_000).map { Self.row($0) }
        // Where the second part starts looking for the split: the notes' middle lands there.
        let total = Self.header.utf8.count + notes.utf8.count + rows.reduce(0) { $0 + $1.utf8.count }
        let searchFrom = Int(Double(total) * (zipped ? SplitRead.deflatedSplitShare : 0.5))
        var before = Self.header.utf8.count + notes.utf8.count / 2
        var cut = 0
        while before < searchFrom {
            before += rows[cut].utf8.count
            cut += 1
        }
        let text = Self.header + rows[..<cut].joined() + notes + rows[cut...].joined()
        let (source, entry, path) = try Self.open(text, zipped: zipped)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try Self.onePass(source, entry)
        #expect(whole.records == 120_001 && whole.malformed == 0)
        let outcome = try Self.split(source, entry)
        guard case .notRead(because: .partsDidNotMeet) = outcome else {
            Issue.record("the parts were kept: \(outcome)")
            return
        }
    }

    /// With no line feed near the middle that the next records confirm, the first thread
    /// reads the whole file: one pass's tally, and the reason.
    @Test func withNoRecordBoundaryTheFirstThreadReadsTheWholeFile() throws {
        let long = String(repeating: "word ", count: 600_000)
        let text = Self.table(0..<20) + "20,long,\(long),3\n21,last,short,4\n"
        let (source, entry, path) = try Self.open(text, zipped: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .whole(let tally, because: .noRecordBoundary) = try Self.split(source, entry) else {
            Issue.record("not read whole for want of a boundary")
            return
        }
        #expect(tally == (try Self.onePass(source, entry)))
        #expect(tally.records == 22)
    }

    /// An in-memory source that can only be read from its start.
    struct StreamOnly: ExportSource {
        let bytes: [UInt8]
        var location: String { "memory" }
        var entries: [ExportEntry] { [ExportEntry(path: "table.csv")] }
        var refused: [RefusedEntry] { [] }
        func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            try bytes.withUnsafeBufferPointer { try consume($0) }
        }
        func size(of entry: ExportEntry) -> Int? { bytes.count }
    }

    /// The reasons that are about bytes: a small file, a source that cannot be read from an
    /// offset, a layout the caller could not tell; nothing is read in any of them.
    @Test func theByteReasons() throws {
        let text = Self.table(0..<40_000)
        let (source, entry, path) = try Self.open(text, zipped: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = text.utf8.count
        guard case .notRead(because: .smallFile) = try Self.split(source, entry, minimumSize: size + 1) else {
            Issue.record("a file under the minimum size was split")
            return
        }
        guard case .inParts = try Self.split(source, entry, minimumSize: size) else {
            Issue.record("a file of the minimum size was not split")
            return
        }
        let stream = StreamOnly(bytes: Array(text.utf8))
        guard case .notRead(because: .notSeekable) = try Self.split(stream, ExportEntry(path: "table.csv")) else {
            Issue.record("a source that cannot seek was split")
            return
        }
        guard case .notRead(because: .layoutUnknown) = try Self.split(source, entry, shape: nil) else {
            Issue.record("a file of unknown layout was split")
            return
        }
    }
}
