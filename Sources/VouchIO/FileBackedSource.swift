import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source whose entries are plain files.
package protocol FileBackedSource: RangeReadable {
    /// The file behind an entry.
    func filePath(of entry: ExportEntry) -> String
}

extension FileBackedSource {
    package func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try ExportSources.readFile(at: filePath(of: entry), consume)
    }

    package func read(_ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void)
        throws
    {
        try ExportSources.readFile(at: filePath(of: entry), range: range, consume)
    }

    package func skipsForFree(_ entry: ExportEntry) -> Bool { true }

    package func size(of entry: ExportEntry) -> Int? {
        FileStatus(filePath(of: entry), followingLinks: true)?.size
    }
}
