import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A zip archive read in place (``ZipArchive``): entries are inflated chunk by chunk into
/// memory, nothing is written to disk. Entries whose names climb out of the archive (`..`)
/// or are absolute are refused, and so are entries whose declared size or compression ratio
/// is absurd, encrypted entries and symbolic links; while inflating, an entry that grows past
/// its declared size is stopped.
package struct ZipSource: RangeReadable {
    package let location: String
    package let entries: [ExportEntry]
    package let refused: [RefusedEntry]
    private let archive: ZipArchive
    private let byPath: [String: ZipArchive.Member]

    /// Entries larger than this when inflated are refused.
    package static let maxEntrySize: UInt64 = 4 << 30
    /// Entries compressed more than this many times over (and larger than 16 MB) are refused.
    package static let maxRatio: UInt64 = 200

    package init(path: String) throws {
        self.location = path
        archive = try ZipArchive(path: path)
        var found: [ExportEntry] = []
        var refused: [RefusedEntry] = []
        var byPath: [String: ZipArchive.Member] = [:]
        for entry in archive.members where !entry.isDirectory {
            let name = entry.name
            let parts = name.split(separator: "/", omittingEmptySubsequences: false)
            if name.hasPrefix("/") || name.hasPrefix("\\") || parts.contains("..") || name.contains("\\..")
                || (name.count > 1 && name.dropFirst().hasPrefix(":"))
            {
                refused.append(RefusedEntry(name: name, reason: "path leaves the archive"))
                continue
            }
            if parts.contains(where: { $0.hasPrefix(".") }) || name.hasPrefix("__MACOSX/") { continue }
            if let reason = Self.refusal(entry) {
                refused.append(RefusedEntry(name: name, reason: reason))
                continue
            }
            if byPath[name] != nil { continue }
            found.append(ExportEntry(path: name))
            byPath[name] = entry
        }
        self.entries = found
        self.refused = refused
        self.byPath = byPath
    }

    /// Why an entry is not read, if it is not.
    private static func refusal(_ entry: ZipArchive.Member) -> String? {
        if entry.isSymbolicLink { return "symbolic link (not followed)" }
        if entry.isEncrypted { return "encrypted" }
        if let method = entry.unreadableMethod { return method }
        if entry.size > maxEntrySize { return "declares \(entry.size >> 20) MB when inflated" }
        if entry.size > 16 << 20, entry.compressedSize > 0, entry.size / entry.compressedSize > maxRatio {
            return "compressed over \(maxRatio) times (a zip bomb?)"
        }
        return nil
    }

    package func size(of entry: ExportEntry) -> Int? {
        byPath[entry.path].map { Int(clamping: $0.size) }
    }

    package func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try archive.read(member(entry), consume)
    }

    package func read(_ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void)
        throws
    {
        try archive.read(member(entry), range: range, consume)
    }

    private func member(_ entry: ExportEntry) throws -> ZipArchive.Member {
        guard let member = byPath[entry.path] else {
            throw SourceError.unreadable(path: location + ":" + entry.path, reason: "no such entry")
        }
        return member
    }

    package func skipsForFree(_ entry: ExportEntry) -> Bool {
        byPath[entry.path]?.method == ZipArchive.Member.stored
    }
}
