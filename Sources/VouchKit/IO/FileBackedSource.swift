import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source whose entries are plain files.
protocol FileBackedSource: RangeReadable {
    /// The file behind an entry.
    func filePath(of entry: ExportEntry) -> String
}

extension FileBackedSource {
    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try ExportSources.readFile(at: filePath(of: entry), consume)
    }

    func read(_ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try ExportSources.readFile(at: filePath(of: entry), range: range, consume)
    }

    func skipsForFree(_ entry: ExportEntry) -> Bool { true }

    func size(of entry: ExportEntry) -> Int? {
        FileStatus(filePath(of: entry), followingLinks: true)?.size
    }
}
