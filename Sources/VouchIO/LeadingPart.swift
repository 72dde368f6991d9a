import Foundation

/// The bytes of an entry from its start to the first part's end: the split, or less when
/// the second part takes some of it; the whole entry when there is no split.
struct LeadingPart: SourcePart {
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
