import Foundation

/// Reads a large delimited file on two cores: the first part on this thread, the second on
/// another, each into a fold of its own (a ``PartFold``), then merges the folds into what one
/// pass over the file gives. It knows bytes and records only; what a row means is the fold's
/// and the caller's.
///
/// The file is split at a line break near its middle (a little later in a deflated zip entry,
/// whose second part also inflates the bytes before it), chosen so that the records after it
/// have the header's number of fields (``RecordBoundary``). That is only a guess (a line break
/// inside a quoted field looks the same), so it is checked exactly: the first part's reader
/// must end its bytes between two records. If it does not, or anything else stops the split
/// from being exact, the parts are thrown away and the caller reads the file in one go.
///
/// The two halves seldom take the same time (the other core is busy, or the rows differ), so
/// the part that finishes first takes a little under half of what the other has left, when
/// that is worth a third fold (at least ``minimumTaken`` bytes left, and only where reading
/// from an offset costs nothing: not in a deflated zip entry). It finds a record boundary
/// there the way the second part finds the split, and the other part stops at it.
package enum SplitRead {
    /// Files smaller than this are read in one go: a thread is not worth it.
    package static let minimumSize = 8 << 20
    /// How far past the middle a split is looked for.
    static let searchWindow = 4 << 20
    /// Where the search for a split starts in a deflated zip entry, as a share of its size:
    /// the second thread inflates the bytes before its part (without parsing them), which
    /// costs a third or so of what parsing them does since parsing got faster, so its part is
    /// made shorter to match (0.58 against 0.55: -0.005 s mean on the maximum zip; 0.52 and
    /// 0.61 slower).
    static let deflatedSplitShare = 0.58
    /// The least a part must have left for the other to take some of it: a third fold costs
    /// a few milliseconds (making it, and merging it), so what is taken must take
    /// longer than that to read.
    package static let minimumTaken = 16 << 20
    /// The share of what a part has left that the other takes: a little under half, since
    /// the taker starts a fold afresh (about 2.5 ms more, measured with timestamps, on
    /// halves of about 17 ms).
    static let takenShare = 0.45
    /// How far past where the taken bytes start a record boundary is looked for.
    static let takenWindow = 1 << 20

    /// Why a file was not read in parts, as far as its bytes tell.
    package enum Reason: Sendable, Equatable {
        /// Under the minimum size: a second thread is not worth it.
        case smallFile
        /// The source cannot be read from an offset, or does not say how big the file is.
        case notSeekable
        /// The caller could not say the file's separator and field count from its start.
        case layoutUnknown
        /// No place near the middle where the rows after a line break are whole records.
        case noRecordBoundary
        /// The parts did not meet between two records, or a fold could not be merged.
        case partsDidNotMeet
    }

    /// What ``read(_:entry:minimumSize:minimumTaken:progress:shape:makeFold:readPart:)`` did.
    package enum Outcome<Fold> {
        /// Read in parts; the folds merged into this one.
        case inParts(Fold)
        /// Read whole by the first thread: no split was found.
        case whole(Fold, because: Reason)
        /// Nothing kept: the file is to be read in one go.
        case notRead(because: Reason)
    }

    /// Reads `entry` in parts when the source and the file allow it and returns the merged
    /// fold; or says, exactly, why it did not.
    ///
    /// `shape` is asked once the file is known to be big enough and seekable (nil: the
    /// layout is unknown). `makeFold` makes a fresh fold, for a part that starts in the middle
    /// of the file or not; all are made on this thread before reading starts. `readPart` reads
    /// one part's bytes (its own ``ExportSource``) into a fold, with the part's progress
    /// callback, and returns true when its reader ended between two records; it runs on two
    /// threads at once. Whatever `shape`, `makeFold` or the first part's `readPart` throw is
    /// thrown.
    ///
    /// The second thread looks for the split itself, in the bytes it reads first, while the
    /// first thread reads from the start; the first waits for the split only if it gets there
    /// before the second has found it. When no split is found, the first reads on to the end:
    /// one pass, as if the file had not been split.
    package static func read<Fold: PartFold>(
        _ source: any ExportSource, entry: ExportEntry, minimumSize: Int = SplitRead.minimumSize,
        minimumTaken: Int = SplitRead.minimumTaken, progress: ((ReadProgress) -> Void)?,
        shape: () throws -> CSVShape?, makeFold: (_ startsMidFile: Bool) throws -> Fold,
        readPart: (
            _ bytes: any ExportSource, _ startsMidFile: Bool, _ fold: inout Fold, _ progress: ((ReadProgress) -> Void)?
        ) throws -> Bool
    ) throws -> Outcome<Fold> {
        guard let files = source as? RangeReadable, let size = files.size(of: entry) else {
            return .notRead(because: .notSeekable)
        }
        guard size >= minimumSize else { return .notRead(because: .smallFile) }
        guard let shape = try shape() else { return .notRead(because: .layoutUnknown) }
        var first = try makeFold(false)
        var second = try makeFold(true)
        let taken = TakenPart(fold: try makeFold(true))
        let shared = progress.map { SharedProgress(report: $0, totalBytes: size) }
        let searchFrom = files.skipsForFree(entry) ? size / 2 : Int(Double(size) * deflatedSplitShare)
        let limits = PartLimits(size: size, searchFrom: searchFrom)
        let firstPart = LeadingPart(base: files, size: size, own: OwnPart(limits: limits, part: 0))
        let secondPart = TrailingPart(
            base: files, range: searchFrom..<size, shape: shape, window: searchWindow,
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
                base: files, range: left.from..<left.end, shape: shape, window: takenWindow, own: nil
            ) { boundary in
                if boundary != nil { limits.markTaken(from: victim) }
                limits.decide(part: victim, end: boundary.map { left.from + $0 } ?? left.end)
            }
            // However the read ends, the victim must not wait for ever.
            defer { limits.decide(part: victim, end: left.end) }
            taken.atRecordBoundary = try? readPart(part, true, &taken.fold, shared?.reporter(part: 2))
        }

        let (firstEnd, secondEnd) = Parallel.both(
            {
                // A part that failed has nothing left to take.
                defer { limits.finish(part: 0) }
                let end = try readPart(firstPart, false, &first, shared?.reporter(part: 0))
                if limits.split != nil { take(from: 1) }
                return end
            },
            {
                // However the second part ends, the first must not wait for ever.
                defer {
                    limits.decideSplit(nil)
                    limits.finish(part: 1)
                }
                let end = try readPart(secondPart, true, &second, shared?.reporter(part: 1))
                take(from: 0)
                return end
            })
        let firstAtBoundary = try firstEnd.get()
        // No split: the first thread read the whole file.
        guard limits.split != nil else { return .whole(first, because: .noRecordBoundary) }
        guard let secondAtBoundary = try? secondEnd.get(), firstAtBoundary, first.isStreaming, second.isStreaming
        else { return .notRead(because: .partsDidNotMeet) }
        // The parts after the first, in file order; each but the last must end between records.
        var later = [(fold: second, atRecordBoundary: secondAtBoundary)]
        if let victim = limits.takenFrom {
            guard let takenAtBoundary = taken.atRecordBoundary, taken.fold.isStreaming else {
                return .notRead(because: .partsDidNotMeet)
            }
            later.insert((taken.fold, takenAtBoundary), at: victim == 0 ? 0 : 1)
        }
        guard later.dropLast().allSatisfy(\.atRecordBoundary) else { return .notRead(because: .partsDidNotMeet) }
        for part in later { first.absorb(part.fold) }
        return .inParts(first)
    }
}
