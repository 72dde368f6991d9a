import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source whose entries can be read from any byte offset: what lets two threads read
/// parts of one file.
package protocol RangeReadable: ExportSource {
    /// Streams the bytes `range` of an entry.
    func read(_ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
    /// False when the bytes before a range pass through on the way to it (a deflated zip
    /// entry is inflated from its start), true when reading a range costs only the range.
    func skipsForFree(_ entry: ExportEntry) -> Bool
}
