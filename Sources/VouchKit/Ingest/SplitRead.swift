import Foundation

/// Reads a large `messages.csv` on two cores: the first half on this thread, the second on
/// another, then merges the two folds into what one pass over the file gives, byte for byte.
///
/// The file is split at a line break near its middle, chosen so that the records after it
/// have the header's number of fields. That is only a guess (a line break inside a quoted
/// message looks the same), so it is checked exactly: the first half's reader must end its
/// bytes between two records. If it does not, or anything else stops the split from being
/// exact, the halves are thrown away and the file is read in one go.
///
/// Conversations merge by id. Every per-person aggregate is a sum, a minimum, a maximum or a
/// set union, so the order the halves are folded in does not matter; the conversation the
/// split cut in two is merged before it is folded (see ``MessageFolder/absorb(_:)``).
enum SplitRead {
    /// Files smaller than this are read in one go: a thread is not worth it.
    static let minimumSize = 8 << 20
    /// Records after a candidate split that must have the header's field count.
    static let recordsToConfirm = 4
    /// How far past the middle a split is looked for, and how many line feeds are tried.
    static let searchWindow = 4 << 20
    static let maximumCandidates = 256

    /// Reads the messages file in two halves when the source and the file allow it, and
    /// leaves the merged fold in `state.messages`; returns nil (having changed nothing) when
    /// the file should be read in one go instead.
    static func readMessages(
        _ source: ExportSource, entry: ExportEntry, state: inout ReadState, minimumSize: Int = SplitRead.minimumSize,
        progress: ((ReadProgress) -> Void)?
    ) throws -> FileLedger? {
        let schema = ExportFileKind.messages.schema
        guard let files = source as? FileBackedSource, let size = files.size(of: entry), size >= minimumSize,
            let layout = TableReader.layout(of: source, entry: entry, schema: schema)
        else { return nil }
        var first = state.makeMessageFolder()
        guard first.canStream(layout.map), let split = splitPoint(files, entry: entry, size: size, layout: layout)
        else { return nil }
        var second = state.makeMessageFolder(startsMidFile: true)
        var firstLedger = FileLedger(name: entry.path, kind: ExportFileKind.messages.rawValue)
        var secondLedger = firstLedger
        let shared = progress.map { SharedProgress(report: $0, totalBytes: size) }

        let (firstEnd, secondEnd) = Parallel.both(
            {
                try TableReader.read(
                    FilePart(base: files, range: 0..<split), entry: entry, schema: schema, ledger: &firstLedger,
                    progress: shared?.reporter(part: 0)
                ) { row, ledger in first.fold(row, ledger: &ledger) }
            },
            {
                try TableReader.read(
                    FilePart(base: files, range: split..<size), entry: entry, schema: schema, ledger: &secondLedger,
                    layout: layout, progress: shared?.reporter(part: 1)
                ) { row, ledger in second.fold(row, ledger: &ledger) }
            })
        let end = try firstEnd.get()
        guard (try? secondEnd.get()) != nil, end.atRecordBoundary, first.isStreaming, second.isStreaming else {
            return nil
        }
        firstLedger.append(secondLedger, lineOffset: end.nextLine - 1)
        first.absorb(second)
        state.messages = first
        return firstLedger
    }

    /// A byte offset just after a line feed near the middle of the file, where the next
    /// ``recordsToConfirm`` records parse with the header's field count; nil when none is
    /// found within ``searchWindow``.
    static func splitPoint(_ files: FileBackedSource, entry: ExportEntry, size: Int, layout: TableLayout) -> Int? {
        let start = size / 2
        var window: [UInt8] = []
        try? FilePart(base: files, range: start..<min(size, start + searchWindow)).read(entry) {
            window.append(contentsOf: $0)
        }
        var candidate = 0
        for _ in 0..<maximumCandidates {
            guard let lineFeed = window[candidate...].firstIndex(of: ASCII.lineFeed) else { return nil }
            candidate = lineFeed + 1
            if recordsFit(window[candidate...].prefix(1 << 18), layout: layout) { return start + candidate }
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
