import Foundation

/// The bytes of an entry from a record boundary it finds itself. It reads from
/// `range.lowerBound`, looks for the boundary in the first `window` bytes, tells `settle`
/// (the offset in the window, or nil when there is none), and hands on what follows, up to
/// `range.upperBound` or, for one of the two parts (`own`), to where that part ends; with no
/// boundary found, it stops.
struct TrailingPart: SourcePart {
    struct NoSplit: Error {}
    let base: RangeReadable
    let range: Range<Int>
    let shape: CSVShape
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
            let candidate = RecordBoundary.find(in: bytes, shape: shape)
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
