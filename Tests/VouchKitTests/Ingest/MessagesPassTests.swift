import Foundation
import Testing

@testable import VouchIngest
@testable import VouchIO

/// Whether messages.csv is read once (whole or in parts) or twice is decided exactly: a file
/// whose rows are grouped by conversation, as LinkedIn writes them, is never read a second
/// time, however many conversations it holds; one whose rows are not is read again and gives
/// the same result.
struct MessagesPassTests {
    /// Counts the bytes of `messages.csv` handed out, whichever thread reads them.
    final class ByteCounter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0

        func add(_ bytes: Int) {
            lock.lock()
            count += bytes
            lock.unlock()
        }

        var bytes: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }
    }

    /// A source that counts what it reads of `messages.csv`.
    struct CountingSource: RangeReadable {
        let base: RangeReadable
        let counter: ByteCounter

        var location: String { base.location }
        var entries: [ExportEntry] { base.entries }
        var refused: [RefusedEntry] { base.refused }

        func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            try base.read(entry) { chunk in
                count(entry, chunk)
                try consume(chunk)
            }
        }

        func read(
            _ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void
        ) throws {
            try base.read(entry, range: range) { chunk in
                count(entry, chunk)
                try consume(chunk)
            }
        }

        func skipsForFree(_ entry: ExportEntry) -> Bool { base.skipsForFree(entry) }
        func size(of entry: ExportEntry) -> Int? { base.size(of: entry) }

        private func count(_ entry: ExportEntry, _ chunk: UnsafeBufferPointer<UInt8>) {
            if entry.fileName == "messages.csv" { counter.add(chunk.count) }
        }
    }

    /// How many conversations the large files hold: enough that a probabilistic record of
    /// the finished ones would, for these ids, take one of them for one seen before.
    static let conversationCount = 110_000

    /// Rows of conversations `c0`, `c1`, … between Owen and Anna, named as a legacy export
    /// names them (short rows keep the file small). Grouped, as LinkedIn writes them: one
    /// row each, from Anna in even conversations and from Owen in odd ones. Or, with
    /// `replies`, two rows each (Anna writes, Owen answers), grouped or interleaved (every
    /// conversation's first row, then every second row).
    static func rows(_ count: Int, replies: Bool = false, grouped: Bool = true) -> [String] {
        func row(_ conversation: Int, fromOwen: Bool) -> String {
            let day = 1 + conversation % 28
            let (from, to) = fromOwen ? ("Owen Owner", "Anna Berg") : ("Anna Berg", "Owen Owner")
            let time = fromOwen ? "11:00:00" : "10:00:00"
            return "c\(conversation),,\(from),,\(to),,2025-03-\(day < 10 ? "0" : "")\(day) \(time) UTC,,hi,INBOX"
        }
        let conversations = 0..<count
        guard replies else { return conversations.map { row($0, fromOwen: $0 % 2 == 1) } }
        if grouped { return conversations.flatMap { [row($0, fromOwen: false), row($0, fromOwen: true)] } }
        return conversations.map { row($0, fromOwen: false) } + conversations.map { row($0, fromOwen: true) }
    }

    /// Reads the export at `path`, messages in parts on two threads or in one, and returns it
    /// with the bytes of messages.csv read.
    static func read(_ path: String, split: Bool) throws -> (export: LinkedInExport, bytesRead: Int) {
        let counter = ByteCounter()
        let base = try #require(try ExportSources.open(path) as? RangeReadable)
        let export = try ExportReader.read(
            CountingSource(base: base, counter: counter), pageAsOf: nil, progress: nil, splitAbove: split ? 0 : .max)
        return (export, counter.bytes)
    }

    @Test(arguments: [false, true])
    func aGroupedFileOfManyConversationsIsFoldedInOneStreamedPass(split: Bool) throws {
        let files = SplitReadTests.annaAndOwen(messages: Self.rows(Self.conversationCount))
        let path = try SplitReadTests.write(files, zipped: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let size = try #require(FileStatus(path + "/messages.csv", followingLinks: true)?.size)
        let (export, bytesRead) = try Self.read(path, split: split)

        // Read once: the header is sniffed first, and nothing else is read twice.
        #expect(bytesRead < size + size / 2, "read \(bytesRead) bytes of \(size)")
        let method = try #require(export.ledger.file(kind: .export(.messages))?.readMethod)
        #expect(method.passes == 1 && method.streamed && method.inParts == split)
        #expect(method.reasons == (split ? [] : [.smallFile]))
        #expect(export.conversationCount == Self.conversationCount)
        let anna = export.evidence[0]
        #expect(anna.messages.conversations == Self.conversationCount)
        #expect(
            anna.messages.messagesReceived == Self.conversationCount / 2
                && anna.messages.messagesSent == Self.conversationCount / 2)
    }

    @Test(arguments: [false, true])
    func anInterleavedFileIsReadAgainAndGivesTheGroupedResult(split: Bool) throws {
        var reads: [(export: LinkedInExport, bytesRead: Int, size: Int)] = []
        for grouped in [true, false] {
            let files = SplitReadTests.annaAndOwen(messages: Self.rows(20_000, replies: true, grouped: grouped))
            let path = try SplitReadTests.write(files, zipped: false)
            defer { try? FileManager.default.removeItem(atPath: path) }
            let size = try #require(FileStatus(path + "/messages.csv", followingLinks: true)?.size)
            let (export, bytesRead) = try Self.read(path, split: split)
            reads.append((export, bytesRead, size))
        }
        let (grouped, interleaved) = (reads[0], reads[1])
        #expect(grouped.bytesRead < grouped.size + grouped.size / 2)
        #expect(interleaved.bytesRead >= 2 * interleaved.size)
        #expect(grouped.export.ledger.file(kind: .export(.messages))?.readMethod?.passes == 1)
        let method = try #require(interleaved.export.ledger.file(kind: .export(.messages))?.readMethod)
        #expect(method.passes == 2 && !method.streamed && !method.inParts)
        #expect(method.reasons.last == .conversationsNotGrouped)
        #expect(SplitReadTests.json(interleaved.export) == SplitReadTests.json(grouped.export))
        #expect(interleaved.export.conversationCount == 20_000)
        #expect(interleaved.export.evidence[0].messages.twoWayConversations == 20_000)
    }
}
