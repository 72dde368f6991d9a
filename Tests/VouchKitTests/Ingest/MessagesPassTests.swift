import Foundation
import Testing

@testable import VouchKit

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
        let method = try #require(export.ledger.file(kind: "messages")?.readMethod)
        #expect(method.passes == 1 && method.streamed && method.inParts == split)
        #expect(method.reasons == (split ? [] : [.smallFile]))
        #expect(export.conversationCount == Self.conversationCount)
        let anna = export.evidence[0]
        #expect(anna.conversations == Self.conversationCount)
        #expect(anna.messagesReceived == Self.conversationCount / 2 && anna.messagesSent == Self.conversationCount / 2)
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
        #expect(grouped.export.ledger.file(kind: "messages")?.readMethod?.passes == 1)
        let method = try #require(interleaved.export.ledger.file(kind: "messages")?.readMethod)
        #expect(method.passes == 2 && !method.streamed && !method.inParts)
        #expect(method.reasons.last == .conversationsNotGrouped)
        #expect(SplitReadTests.json(interleaved.export) == SplitReadTests.json(grouped.export))
        #expect(interleaved.export.conversationCount == 20_000)
        #expect(interleaved.export.evidence[0].twoWayConversations == 20_000)
    }
}

/// The finished conversations are kept exactly: two ids are never taken for one, even when
/// their hashes are the same.
struct FinishedConversationsTests {
    static func insert(_ id: String, hash: UInt64, into set: inout FinishedConversations) -> Bool {
        Array(id.utf8).withUnsafeBufferPointer { set.insert($0, hash: hash) }
    }

    static func contains(_ id: String, hash: UInt64, in set: FinishedConversations) -> Bool {
        Array(id.utf8).withUnsafeBufferPointer { set.contains($0, hash: hash) }
    }

    @Test func idsWhoseHashesCollideAreToldApart() {
        var set = FinishedConversations()
        #expect(Self.insert("2-abc", hash: 42, into: &set))
        #expect(Self.insert("2-abd", hash: 42, into: &set))
        #expect(!Self.contains("2-abe", hash: 42, in: set))
        #expect(Self.contains("2-abd", hash: 42, in: set))
        #expect(!Self.insert("2-abc", hash: 42, into: &set))
        #expect(set.count == 2)
    }

    @Test func everyIdComesBackAsSeenAndNoOtherDoes() {
        var set = FinishedConversations()
        let ids = (0..<50_000).map { "c\($0)" }
        func hash(_ id: String) -> UInt64 { Array(id.utf8).withUnsafeBufferPointer { ByteScan.hash($0) } }
        for id in ids { #expect(Self.insert(id, hash: hash(id), into: &set)) }
        #expect(set.count == ids.count)
        for id in ids { #expect(!Self.insert(id, hash: hash(id), into: &set)) }
        let unseen = (50_000..<150_000).filter { Self.contains("c\($0)", hash: hash("c\($0)"), in: set) }
        #expect(unseen.isEmpty)
        var kept: [String] = []
        set.forEach { kept.append(String(decoding: $0, as: UTF8.self)) }
        #expect(kept == ids)
    }
}

/// `inspect` says how messages.csv was read and why, in markdown and JSON.
struct InspectReadMethodTests {
    /// The `messagesRead` object of `inspect --format json`; nil when it is null.
    static func messagesRead(_ export: LinkedInExport) throws -> [String: Any]? {
        let data = Data(InspectReport.json(export).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document.keys.contains("messagesRead"))
        return document["messagesRead"] as? [String: Any]
    }

    @Test func theSampleSaysItsMessagesWereReadWholeAndWhy() throws {
        let export = try ExportReader.read(TestPaths.sampleFolder)
        let markdown = InspectReport.markdown(export)
        #expect(
            markdown.contains(
                "- messages.csv: read once, whole on one thread, each conversation folded as it ended: it is smaller than 8 MB, not worth a second thread\n"
            ))
        let read = try #require(try Self.messagesRead(export))
        #expect(read["file"] as? String == "messages.csv" && read["passes"] as? Int == 1)
        #expect(read["inParts"] as? Bool == false && read["streamed"] as? Bool == true)
        #expect(read["reasons"] as? [String] == ["small-file"])
    }

    @Test func aFileReadTwiceSaysSoAndAnExportWithoutMessagesSaysNothing() throws {
        let interleaved = try readExport(copying: [
            "Profile.csv": "eras/profile.csv", "Connections.csv": "eras/connections-2025.csv",
            "messages.csv": "eras/messages-interleaved.csv",
        ])
        #expect(
            InspectReport.markdown(interleaved).contains(
                "read twice, whole on one thread, every conversation kept until the end: it is smaller than 8 MB, not worth a second thread; the rows of a conversation were not all together"
            ))
        let read = try #require(try Self.messagesRead(interleaved))
        #expect(read["reasons"] as? [String] == ["small-file", "conversations-not-grouped"])
        #expect(read["passes"] as? Int == 2 && read["streamed"] as? Bool == false)
        let withoutOwner = try readExport(copying: [
            "Connections.csv": "eras/connections-2025.csv", "messages.csv": "eras/messages-2025.csv",
        ])
        #expect(
            withoutOwner.ledger.file(kind: "messages")?.readMethod?.reasons == [.smallFile, .ownerUnknown])
        let none = try readExport(copying: ["Connections.csv": "eras/connections-2025.csv"])
        #expect(try Self.messagesRead(none) == nil)
        #expect(!InspectReport.markdown(none).contains(" read once"))
    }
}
