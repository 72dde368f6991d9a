import Foundation

/// Reads a large `messages.csv` on two cores: the first part on this thread, the second on
/// another, then merges the folds into what one pass over the file gives, byte for byte.
///
/// The file is split at a line break near its middle (a little later in a deflated zip entry,
/// whose second part also inflates the bytes before it), chosen so that the records after it
/// have the header's number of fields. That is only a guess (a line break inside a quoted
/// message looks the same), so it is checked exactly: the first part's reader must end its
/// bytes between two records. If it does not, or anything else stops the split from being
/// exact, the parts are thrown away and the file is read in one go.
///
/// The two halves seldom take the same time (the other core is busy, or the rows differ), so
/// the part that finishes first takes a little under half of what the other has left, when
/// that is worth a third fold (at least ``minimumTaken`` bytes left, and only where reading
/// from an offset costs nothing: not in a deflated zip entry). It finds a record boundary
/// there the way the second part finds the split, and the other part stops at it.
///
/// Conversations merge by id. Every per-person aggregate is a sum, a minimum, a maximum or a
/// set union, so the order the parts are folded in does not matter; a conversation a
/// boundary cut in two is merged before it is folded (see ``MessageFolder/absorb(_:)``).
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
    /// costs a third or so of what parsing them does since parsing got faster, so its part is
    /// made shorter to match (0.58 against 0.55: -0.005 s mean on the maximum zip; 0.52 and
    /// 0.61 slower).
    static let deflatedSplitShare = 0.58
    /// The least a part must have left for the other to take some of it: a third fold costs
    /// a few milliseconds (its own participants, and merging it), so what is taken must take
    /// longer than that to read.
    static let minimumTaken = 16 << 20
    /// The share of what a part has left that the other takes: a little under half, since
    /// the taker starts a fold afresh (about 2.5 ms more, measured with timestamps, on
    /// halves of about 17 ms).
    static let takenShare = 0.45
    /// How far past where the taken bytes start a record boundary is looked for.
    static let takenWindow = 1 << 20

    /// What ``readMessages(_:entry:state:minimumSize:minimumTaken:progress:)`` did.
    enum Outcome {
        /// Read in parts, merged into `state.messages`.
        case inParts(FileLedger)
        /// Read whole by the first thread, into `state.messages`: no split was found.
        case whole(FileLedger, because: ReadMethod.Reason)
        /// Nothing kept (`state` unchanged): the file is to be read in one go.
        case notRead(because: ReadMethod.Reason)
    }

    /// Reads the messages file in parts when the source and the file allow it, and leaves
    /// the merged fold in `state.messages`; or says, exactly, why it did not.
    ///
    /// The second thread looks for the split itself, in the bytes it reads first, while the
    /// first thread reads from the start; the first waits for the split only if it gets there
    /// before the second has found it. When no split is found, the first reads on to the end:
    /// one pass, as if the file had not been split.
    static func readMessages(
        _ source: ExportSource, entry: ExportEntry, state: inout ReadState, minimumSize: Int = SplitRead.minimumSize,
        minimumTaken: Int = SplitRead.minimumTaken, progress: ((ReadProgress) -> Void)?
    ) throws -> Outcome {
        let schema = ExportFileKind.messages.schema
        guard let files = source as? RangeReadable, let size = files.size(of: entry) else {
            return .notRead(because: .notSeekable)
        }
        guard size >= minimumSize else { return .notRead(because: .smallFile) }
        guard let layout = TableReader.layout(of: source, entry: entry, schema: schema) else {
            return .notRead(because: .layoutUnknown)
        }
        var first = state.makeMessageFolder()
        if let reason = first.whyNotStreaming(layout.map) { return .notRead(because: reason) }
        var second = state.makeMessageFolder(startsMidFile: true)
        var firstLedger = FileLedger(name: entry.path, kind: ExportFileKind.messages.rawValue)
        var secondLedger = firstLedger
        let taken = TakenPart(folder: state.makeMessageFolder(startsMidFile: true), ledger: firstLedger)
        let shared = progress.map { SharedProgress(report: $0, totalBytes: size) }
        let searchFrom = files.skipsForFree(entry) ? size / 2 : Int(Double(size) * deflatedSplitShare)
        let limits = PartLimits(size: size, searchFrom: searchFrom)
        let firstPart = LeadingPart(base: files, size: size, own: OwnPart(limits: limits, part: 0))
        let secondPart = TrailingPart(
            base: files, range: searchFrom..<size, layout: layout, window: searchWindow,
            own: OwnPart(limits: limits, part: 1)
        ) { limits.decideSplit($0.map { searchFrom + $0 }) }

        /// Takes ``takenShare`` of what part `victim` has left, if worth it, and folds it in
        /// `taken`.
        func take(from victim: Int) {
            guard files.skipsForFree(entry),
                let left = limits.startTaking(from: victim, share: takenShare, minimum: minimumTaken)
            else { return }
            // Its end is the victim's end so far, which nothing moves.
            let part = TrailingPart(
                base: files, range: left.from..<left.end, layout: layout, window: takenWindow, own: nil
            ) { boundary in
                if boundary != nil { taken.victim = victim }
                limits.decide(part: victim, end: boundary.map { left.from + $0 } ?? left.end)
            }
            // However the read ends, the victim must not wait for ever.
            defer { limits.decide(part: victim, end: left.end) }
            taken.end = try? TableReader.read(
                part, entry: entry, schema: schema, ledger: &taken.ledger, layout: layout,
                progress: shared?.reporter(part: 2)
            ) { row, ledger in taken.folder.fold(row, ledger: &ledger) }
        }

        let (firstEnd, secondEnd) = Parallel.both(
            {
                // A part that failed has nothing left to take.
                defer { limits.finish(part: 0) }
                let end = try TableReader.read(
                    firstPart, entry: entry, schema: schema, ledger: &firstLedger, progress: shared?.reporter(part: 0)
                ) { row, ledger in first.fold(row, ledger: &ledger) }
                if limits.split != nil { take(from: 1) }
                return end
            },
            {
                // However the second part ends, the first must not wait for ever.
                defer {
                    limits.decideSplit(nil)
                    limits.finish(part: 1)
                }
                let end = try TableReader.read(
                    secondPart, entry: entry, schema: schema, ledger: &secondLedger, layout: layout,
                    progress: shared?.reporter(part: 1)
                ) { row, ledger in second.fold(row, ledger: &ledger) }
                take(from: 0)
                return end
            })
        let end = try firstEnd.get()
        guard limits.split != nil else {
            // No split: the first thread read the whole file.
            state.messages = first
            return .whole(firstLedger, because: .noRecordBoundary)
        }
        guard let secondEnd = try? secondEnd.get(), end.atRecordBoundary, first.isStreaming, second.isStreaming else {
            return .notRead(because: .partsDidNotMeet)
        }
        // The parts after the first, in file order; each but the last must end between records.
        var later: [(folder: MessageFolder, ledger: FileLedger, end: TableReadEnd)] = [
            (second, secondLedger, secondEnd)
        ]
        if let victim = taken.victim {
            guard let takenEnd = taken.end, taken.folder.isStreaming else { return .notRead(because: .partsDidNotMeet) }
            later.insert((taken.folder, taken.ledger, takenEnd), at: victim == 0 ? 0 : 1)
        }
        guard later.dropLast().allSatisfy(\.end.atRecordBoundary) else { return .notRead(because: .partsDidNotMeet) }
        var lineOffset = end.nextLine - 1
        for (folder, ledger, partEnd) in later {
            firstLedger.append(ledger, lineOffset: lineOffset)
            lineOffset += partEnd.nextLine - 1
            first.absorb(folder)
        }
        state.messages = first
        return .inParts(firstLedger)
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

/// Where each of the two parts may read to, and how far each has got. The first part's end
/// is the split, unknown until the second part finds it; taking a share of what a part has
/// left makes its end unknown again until a record boundary is found there. A part asks before
/// each chunk how much of it is its own, and waits only when the chunk reaches past what is
/// known to be.
private final class PartLimits: @unchecked Sendable {
    private let condition = NSCondition()
    /// Each part's end; nil while it is being decided.
    private var ends: [Int?]
    /// Reading up to here needs no decided end: any end lies after it.
    private var floors: [Int]
    /// How far each part has been let read.
    private var reached: [Int]
    private let size: Int
    private var splitDecided = false
    private var splitOffset: Int?
    private var takingTried = false

    init(size: Int, searchFrom: Int) {
        self.size = size
        ends = [nil, size]
        floors = [searchFrom, size]
        reached = [0, searchFrom]
    }

    /// How many bytes of the chunk at `offset`, of `count` bytes, part `part` may read;
    /// waits while the chunk reaches past what is known to be the part's.
    func allowance(part: Int, offset: Int, count: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while ends[part] == nil && offset + count > floors[part] { condition.wait() }
        let allowed = max(0, min(count, (ends[part] ?? offset + count) - offset))
        reached[part] = offset + allowed
        return allowed
    }

    /// Settles part `part`'s end, if it is being decided; later calls change nothing.
    func decide(part: Int, end: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard ends[part] == nil else { return }
        ends[part] = end
        condition.broadcast()
    }

    /// Settles the split: an offset, or nil when there is none (the first part then reads
    /// the whole file). Later calls change nothing.
    func decideSplit(_ offset: Int?) {
        condition.lock()
        guard !splitDecided else { return condition.unlock() }
        splitDecided = true
        splitOffset = offset
        condition.unlock()
        decide(part: 0, end: offset ?? size)
    }

    /// The split, waiting until it is decided.
    var split: Int? {
        condition.lock()
        defer { condition.unlock() }
        while !splitDecided { condition.wait() }
        return splitOffset
    }

    /// Part `part` has read all it will (or failed): nothing is left to take from it.
    func finish(part: Int) {
        condition.lock()
        defer { condition.unlock() }
        if ends[part] != nil { ends[part] = reached[part] }
    }

    /// Starts taking from part `victim` the last `share` of what it has left, when that is
    /// at least `minimum` bytes: the victim reads on up to `from` and stops where ``decide``
    /// says. Tried once per file. Returns where the share starts and the victim's end so far.
    func startTaking(from victim: Int, share: Double, minimum: Int) -> (from: Int, end: Int)? {
        condition.lock()
        defer { condition.unlock() }
        guard !takingTried, let end = ends[victim] else { return nil }
        takingTried = true
        let left = end - reached[victim]
        guard left >= minimum else { return nil }
        let from = end - Int(Double(left) * share)
        ends[victim] = nil
        floors[victim] = from
        return (from, end)
    }
}

/// The part a thread takes from the other when it finishes first: its fold, and where it
/// ended (nil when reading it failed).
private final class TakenPart: @unchecked Sendable {
    var folder: MessageFolder
    var ledger: FileLedger
    var end: TableReadEnd?
    /// The part it was taken from; nil when nothing was taken.
    var victim: Int?

    init(folder: MessageFolder, ledger: FileLedger) {
        self.folder = folder
        self.ledger = ledger
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

/// One of the two parts whose end ``PartLimits`` keeps.
private struct OwnPart: Sendable {
    let limits: PartLimits
    let part: Int

    /// Hands on the bytes of the chunk at `offset` that are this part's; false when the part
    /// ends in or before this chunk.
    func consume(
        _ chunk: UnsafeBufferPointer<UInt8>, at offset: Int, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows -> Bool {
        let allowed = limits.allowance(part: part, offset: offset, count: chunk.count)
        if allowed > 0 { try consume(UnsafeBufferPointer(rebasing: chunk.prefix(allowed))) }
        return allowed == chunk.count
    }
}

/// The bytes of an entry from its start to the first part's end: the split, or less when
/// the second part takes some of it; the whole entry when there is no split.
private struct LeadingPart: SourcePart {
    let base: RangeReadable
    let size: Int
    let own: OwnPart

    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var offset = 0
        do {
            try base.read(entry, range: 0..<size) { chunk in
                guard try own.consume(chunk, at: offset, consume) else { throw EnoughRead() }
                offset += chunk.count
            }
        } catch is EnoughRead {}
    }

    func size(of entry: ExportEntry) -> Int? { size }
}

/// The bytes of an entry from a record boundary it finds itself. It reads from
/// `range.lowerBound`, looks for the boundary in the first `window` bytes, tells `settle`
/// (the offset in the window, or nil when there is none), and hands on what follows, up to
/// `range.upperBound` or, for one of the two parts (`own`), to where that part ends; with no
/// boundary found, it stops.
private struct TrailingPart: SourcePart {
    struct NoSplit: Error {}
    let base: RangeReadable
    let range: Range<Int>
    let layout: TableLayout
    let window: Int
    let own: OwnPart?
    let settle: @Sendable (Int?) -> Void

    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var bytes: [UInt8] = []
        var searching = true
        var offset = range.lowerBound
        /// Hands on what of `chunk` is this part's; false when it ends there.
        func pass(_ chunk: UnsafeBufferPointer<UInt8>, at offset: Int) throws -> Bool {
            guard let own else {
                try consume(chunk)
                return true
            }
            return try own.consume(chunk, at: offset, consume)
        }
        func search() throws -> Bool {
            searching = false
            let candidate = SplitRead.splitCandidate(in: bytes, layout: layout)
            settle(candidate)
            guard let candidate else { throw NoSplit() }
            offset += candidate
            let whole = try bytes[candidate...].withUnsafeBufferPointer { chunk in
                try pass(chunk, at: offset)
            }
            offset += bytes.count - candidate
            bytes = []
            return whole
        }
        do {
            try base.read(entry, range: range) { chunk in
                if searching {
                    bytes.append(contentsOf: chunk)
                    if bytes.count >= window, try !search() { throw EnoughRead() }
                    return
                }
                guard try pass(chunk, at: offset) else { throw EnoughRead() }
                offset += chunk.count
            }
            if searching { _ = try search() }
        } catch is EnoughRead {}
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
