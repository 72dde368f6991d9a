import Foundation

/// Reads a large `messages.csv` on two cores: the first part on this thread, the second on
/// another, then merges the two folds into what one pass over the file gives, byte for byte.
///
/// The file is split at a line break near its middle (a little later in a deflated zip entry,
/// whose second part also inflates the bytes before it), chosen so that the records after it
/// have the header's number of fields. That is only a guess (a line break inside a quoted
/// message looks the same), so it is checked exactly: the first part's reader must end its
/// bytes between two records. If it does not, or anything else stops the split from being
/// exact, the parts are thrown away and the file is read in one go.
///
/// Conversations merge by id. Every per-person aggregate is a sum, a minimum, a maximum or a
/// set union, so the order the parts are folded in does not matter; the conversation the
/// split cut in two is merged before it is folded (see ``MessageFolder/absorb(_:)``).
enum SplitRead {
    /// Files smaller than this are read in one go: a thread is not worth it.
    static let minimumSize = 8 << 20
    /// Records after a candidate split that must have the header's field count.
    static let recordsToConfirm = 4
    /// How far past the middle a split is looked for, and how many line feeds are tried.
    static let searchWindow = 4 << 20
    static let maximumCandidates = 256
    /// Where the search for a split starts in a deflated zip entry, as a share of its size:
    /// the second thread inflates the bytes before its part (without parsing them), which
    /// costs about a quarter of what parsing them does, so its part is made shorter to match.
    static let deflatedSplitShare = 0.55

    /// Reads the messages file in two parts when the source and the file allow it, and
    /// leaves the merged fold in `state.messages`; returns nil (having changed nothing) when
    /// the file should be read in one go instead.
    ///
    /// The second thread looks for the split itself, in the bytes it reads first, while the
    /// first thread reads from the start; the first waits for the split only if it gets there
    /// before the second has found it. When no split is found, the first reads on to the end:
    /// one pass, as if the file had not been split.
    static func readMessages(
        _ source: ExportSource, entry: ExportEntry, state: inout ReadState, minimumSize: Int = SplitRead.minimumSize,
        progress: ((ReadProgress) -> Void)?
    ) throws -> FileLedger? {
        let schema = ExportFileKind.messages.schema
        guard let files = source as? RangeReadable, let size = files.size(of: entry), size >= minimumSize,
            let layout = TableReader.layout(of: source, entry: entry, schema: schema)
        else { return nil }
        var first = state.makeMessageFolder()
        guard first.canStream(layout.map) else { return nil }
        var second = state.makeMessageFolder(startsMidFile: true)
        var firstLedger = FileLedger(name: entry.path, kind: ExportFileKind.messages.rawValue)
        var secondLedger = firstLedger
        let shared = progress.map { SharedProgress(report: $0, totalBytes: size) }
        let searchFrom = files.skipsForFree(entry) ? size / 2 : Int(Double(size) * deflatedSplitShare)
        let split = PendingSplit()
        let firstPart = LeadingPart(base: files, size: size, searchFrom: searchFrom, split: split)
        let secondPart = TrailingPart(base: files, range: searchFrom..<size, layout: layout, split: split)

        let (firstEnd, secondEnd) = Parallel.both(
            {
                try TableReader.read(
                    firstPart, entry: entry, schema: schema, ledger: &firstLedger, progress: shared?.reporter(part: 0)
                ) { row, ledger in first.fold(row, ledger: &ledger) }
            },
            {
                // However the second part ends, the first must not wait for ever.
                defer { split.decide(nil) }
                return try TableReader.read(
                    secondPart, entry: entry, schema: schema, ledger: &secondLedger, layout: layout,
                    progress: shared?.reporter(part: 1)
                ) { row, ledger in second.fold(row, ledger: &ledger) }
            })
        let end = try firstEnd.get()
        guard split.wait() != nil else {
            // No split: the first thread read the whole file.
            state.messages = first
            return firstLedger
        }
        guard (try? secondEnd.get()) != nil, end.atRecordBoundary, first.isStreaming, second.isStreaming else {
            return nil
        }
        firstLedger.append(secondLedger, lineOffset: end.nextLine - 1)
        first.absorb(second)
        state.messages = first
        return firstLedger
    }

    /// The offset, within `window`, just after a line feed where the next
    /// ``recordsToConfirm`` records parse with the header's field count; nil when none is
    /// found among the first ``maximumCandidates`` line feeds.
    static func splitCandidate(in window: [UInt8], layout: TableLayout) -> Int? {
        var candidate = 0
        for _ in 0..<maximumCandidates {
            guard let lineFeed = window[candidate...].firstIndex(of: ASCII.lineFeed) else { return nil }
            candidate = lineFeed + 1
            if recordsFit(window[candidate...].prefix(1 << 18), layout: layout) { return candidate }
        }
        return nil
    }

    /// True when `bytes` begin with ``recordsToConfirm`` well-formed records of the header's
    /// field count.
    private static func recordsFit(_ bytes: ArraySlice<UInt8>, layout: TableLayout) -> Bool {
        struct Checker: CSVSink {
            struct Done: Error {}
            let fieldCount: Int
            var confirmed = 0
            var failed = false

            mutating func record(_ record: CSVFields) throws(Done) {
                if record.count != fieldCount { failed = true }
                confirmed += 1
                if failed || confirmed >= SplitRead.recordsToConfirm { throw Done() }
            }

            mutating func malformed(line: Int, reason: String) throws(Done) {
                failed = true
                throw Done()
            }
        }
        var checker = Checker(fieldCount: layout.fieldCount)
        var reader = CSVReader(delimiter: layout.delimiter)
        // A quoted line break sends the reader down its recovery path; a few records in, that
        // is an answer too, so the quoted-line limit is kept small.
        reader.maxQuotedLineBreaks = 1_000
        _ = try? bytes.withUnsafeBufferPointer { (buffer) throws(Checker.Done) in
            try reader.feed(buffer, into: &checker)
        }
        return !checker.failed && checker.confirmed >= recordsToConfirm
    }
}

/// The split, once the second thread has looked for it: an offset, or nil when there is none.
private final class PendingSplit: @unchecked Sendable {
    private let condition = NSCondition()
    private var decided = false
    private var offset: Int?

    /// Settles the split; later calls change nothing.
    func decide(_ offset: Int?) {
        condition.lock()
        defer { condition.unlock() }
        guard !decided else { return }
        decided = true
        self.offset = offset
        condition.broadcast()
    }

    /// The split, waiting until it is decided.
    func wait() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !decided { condition.wait() }
        return offset
    }
}

/// Part of another source's entry: all but the bytes comes from `base`.
private protocol SourcePart: ExportSource {
    var base: RangeReadable { get }
}

extension SourcePart {
    var location: String { base.location }
    var entries: [ExportEntry] { base.entries }
    var refused: [RefusedEntry] { base.refused }
}

/// The bytes of an entry from its start to the split, or to its end when there is no split.
private struct LeadingPart: SourcePart {
    let base: RangeReadable
    let size: Int
    /// No split lies before this offset: reading up to it needs no answer yet.
    let searchFrom: Int
    let split: PendingSplit

    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var offset = 0
        var end: Int?
        do {
            try base.read(entry, range: 0..<size) { chunk in
                if end == nil && offset + chunk.count > searchFrom { end = split.wait() ?? size }
                let count = min(chunk.count, (end ?? size) - offset)
                if count > 0 { try consume(UnsafeBufferPointer(rebasing: chunk.prefix(count))) }
                offset += count
                if let end, offset >= end, end < size { throw EnoughRead() }
            }
        } catch is EnoughRead {}
    }

    func size(of entry: ExportEntry) -> Int? { size }
}

/// The bytes of an entry from the split to its end. It reads from `range.lowerBound`, looks
/// for the split in the first ``SplitRead/searchWindow`` bytes, settles it for the leading
/// part, and hands on what follows it; with no split found, it stops.
private struct TrailingPart: SourcePart {
    struct NoSplit: Error {}
    let base: RangeReadable
    let range: Range<Int>
    let layout: TableLayout
    let split: PendingSplit

    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var window: [UInt8] = []
        var searching = true
        func settle() throws {
            searching = false
            let candidate = SplitRead.splitCandidate(in: window, layout: layout)
            split.decide(candidate.map { range.lowerBound + $0 })
            guard let candidate else { throw NoSplit() }
            try window[candidate...].withUnsafeBufferPointer(consume)
            window = []
        }
        try base.read(entry, range: range) { chunk in
            guard searching else { return try consume(chunk) }
            window.append(contentsOf: chunk)
            if window.count >= SplitRead.searchWindow { try settle() }
        }
        if searching { try settle() }
    }

    func size(of entry: ExportEntry) -> Int? { range.count }
}

/// Progress of a file read in parts on several threads, reported as one.
private final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let report: (ReadProgress) -> Void
    private let totalBytes: Int
    private var bytes: [Int: Int] = [:]

    init(report: @escaping (ReadProgress) -> Void, totalBytes: Int) {
        self.report = report
        self.totalBytes = totalBytes
    }

    /// The progress callback for one part.
    func reporter(part: Int) -> (ReadProgress) -> Void {
        { progress in
            self.lock.lock()
            defer { self.lock.unlock() }
            self.bytes[part] = progress.bytesRead
            self.report(
                ReadProgress(
                    file: progress.file, bytesRead: self.bytes.values.reduce(0, +), totalBytes: self.totalBytes))
        }
    }
}
