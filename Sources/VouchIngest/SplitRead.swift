import Foundation
import VouchIO

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
        var firstLedger = FileLedger(name: entry.path, kind: .export(.messages))
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
