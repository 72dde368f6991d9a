import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where an export's files come from. The only part of vouch that opens files.
public protocol ExportSource: Sendable {
    /// The path the user gave.
    var location: String { get }
    /// The entries that can be read.
    var entries: [ExportEntry] { get }
    /// Entries that were refused for safety, with the reason.
    var refused: [RefusedEntry] { get }
    /// Streams an entry's bytes in chunks.
    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
    /// The entry's size in bytes (inflated, for archives), when known: for progress only.
    func size(of entry: ExportEntry) -> Int?
}

extension ExportSource {
    public func size(of entry: ExportEntry) -> Int? { nil }
}

extension ExportSource {
    /// The first `count` bytes of an entry as UTF-8 (fewer for a shorter entry; none until
    /// four bytes settle the encoding), and the encoding they were decoded from.
    package func decodedPrefix(of entry: ExportEntry, count: Int) -> (bytes: [UInt8], encoding: TextEncoding?) {
        var decoder = TextDecodingStream()
        var bytes: [UInt8] = []
        let feed = { (chunk: UnsafeBufferPointer<UInt8>) throws in
            decoder.feed(chunk) { bytes.append(contentsOf: $0) }
            if bytes.count >= count { throw EnoughRead() }
        }
        if let ranges = self as? RangeReadable {
            // Only what is needed (in UTF-16 every character takes two bytes, and a byte
            // order mark up to four more), not the first chunk of the file.
            try? ranges.read(entry, range: 0..<(2 * count + 4), feed)
        } else {
            try? read(entry, feed)
        }
        return (Array(bytes.prefix(count)), decoder.encoding)
    }
}
