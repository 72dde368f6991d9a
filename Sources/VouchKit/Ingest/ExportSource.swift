import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file inside an export: an archive entry, a file in the unpacked folder, or the single
/// file the user named.
public struct ExportEntry: Hashable, Sendable {
    /// The path inside the export, as shown in reports.
    public let path: String
    /// The file name without folders.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}

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

/// A source whose entries can be read from any byte offset: what lets two threads read
/// parts of one file.
protocol RangeReadable: ExportSource {
    /// Streams the bytes `range` of an entry.
    func read(_ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws
    /// False when the bytes before a range pass through on the way to it (a deflated zip
    /// entry is inflated from its start), true when reading a range costs only the range.
    func skipsForFree(_ entry: ExportEntry) -> Bool
}

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

/// Thrown from a chunk callback to stop reading once enough of an entry has been seen.
struct EnoughRead: Error {}

extension ExportSource {
    /// The first `count` bytes of an entry as UTF-8 (fewer for a shorter entry; none until
    /// four bytes settle the encoding), and the encoding they were decoded from.
    func decodedPrefix(of entry: ExportEntry, count: Int) -> (bytes: [UInt8], encoding: TextEncoding?) {
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

/// How far reading has got, for a progress line.
public struct ReadProgress: Sendable {
    /// The file being read.
    public let file: String
    public let bytesRead: Int
    /// The file's size, when known.
    public let totalBytes: Int?
}

/// Opens the export at a path: a `.zip`, an unpacked folder, or a single file.
public enum ExportSources {
    /// The size of the chunks files are read in: 256 KB, which the reader parses while they
    /// are still in the core's cache (1 MB chunks were 6-11 ms slower on the maximum export,
    /// the zip too; 128 KB no faster).
    static let chunkSize = 1 << 18

    /// Opens `path`, deciding by what is there (a folder, a zip by its magic bytes, a file).
    public static func open(_ path: String) throws -> ExportSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw IngestError.notFound(path: path)
        }
        OpenedInputs.record(path: path)
        if isDirectory.boolValue {
            return try FolderSource(path: path)
        }
        // `/dev/null`, a terminal, a pipe: a name such as `null` or `63` would then be
        // reported as the file found.
        guard FileStatus(path, followingLinks: true)?.kind == .regular else { throw IngestError.notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw IngestError.unreadable(path: path, reason: "permission denied")
        }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        if magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) || magic.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try ZipSource(path: path)
        }
        if path.lowercased().hasSuffix(".zip") {
            throw IngestError.corruptArchive(path: path, reason: "it does not start like a zip file")
        }
        return SingleFileSource(path: path)
    }

    /// Reads a file from disk in chunks, into one reused buffer: the whole file, or the bytes
    /// of `range`.
    static func readFile(
        at path: String, range: Range<Int>? = nil, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let descriptor = openForReading(path)
        guard descriptor >= 0 else {
            throw IngestError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        OpenedInputs.record(descriptor: descriptor, path: path)
        var offset = range?.lowerBound ?? 0
        let end = range?.upperBound ?? Int.max
        // No larger than what there is to read (one byte more for a whole file, to see its
        // end): a whole chunk of fresh memory costs more than reading a small file.
        let file = FileStatus(descriptor: descriptor)
        let fileSize = file?.kind == .regular ? file?.size : nil  // not a pipe's
        let wanted = range?.count ?? fileSize.map { $0 + 1 } ?? chunkSize
        var buffer = [UInt8](repeating: 0, count: max(1, min(chunkSize, wanted)))
        try buffer.withUnsafeMutableBytes { raw in
            guard let base = raw.baseAddress else { return }
            while offset < end {
                // Whole files are read with `read`, so pipes work too; ranges with `pread`.
                let count = try readChunk(
                    descriptor, into: base, count: min(chunkSize, end - offset), at: range == nil ? nil : offset,
                    path: path)
                if count == 0 { return }
                offset += count
                try consume(UnsafeBufferPointer(start: base.assumingMemoryBound(to: UInt8.self), count: count))
            }
        }
    }
}

/// Reads up to `count` bytes of `path`, open as `descriptor`, into `buffer`: at `offset` with
/// `pread`, or from the descriptor's position with `read` when nil. Retried when a signal
/// interrupts the call; 0 at the end of the file.
func readChunk(
    _ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int?, path: String
) throws -> Int {
    while true {
        let read = offset.map { readBytes(descriptor, buffer, count, at: $0) } ?? readBytes(descriptor, buffer, count)
        if read >= 0 { return read }
        if errno != EINTR { throw IngestError.unreadable(path: path, reason: String(cString: strerror(errno))) }
    }
}

/// The C library's `open` for reading (the name `open` is taken inside ``ExportSources``).
private func openForReading(_ path: String) -> Int32 {
    #if canImport(Glibc)
        return Glibc.open(path, O_RDONLY)
    #else
        return Darwin.open(path, O_RDONLY)
    #endif
}

private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.read(descriptor, buffer, count)
    #else
        return Darwin.read(descriptor, buffer, count)
    #endif
}

private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int, at offset: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.pread(descriptor, buffer, count, off_t(offset))
    #else
        return Darwin.pread(descriptor, buffer, count, off_t(offset))
    #endif
}

/// A single file named by the user (usually `Connections.csv`).
struct SingleFileSource: FileBackedSource {
    let location: String
    let entries: [ExportEntry]
    let refused: [RefusedEntry] = []

    init(path: String) {
        self.location = path
        self.entries = [ExportEntry(path: PathName.lastComponent(path))]
    }

    func filePath(of entry: ExportEntry) -> String { location }
}

/// An unpacked export folder. Reads the top level and one level of sub-folders (the export's
/// own `Jobs/` and the like, or a folder the archive was unpacked into); symbolic links to
/// folders are not followed, so a link loop cannot trap the reader.
struct FolderSource: FileBackedSource {
    let location: String
    let entries: [ExportEntry]
    let refused: [RefusedEntry]

    init(path: String) throws {
        self.location = path
        let manager = FileManager.default
        var found: [ExportEntry] = []
        var refused: [RefusedEntry] = []
        func list(_ relative: String, depth: Int) throws {
            let full = relative.isEmpty ? path : path + "/" + relative
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: full).sorted()
            } catch {
                if relative.isEmpty { throw IngestError.unreadable(path: path, reason: "the folder cannot be listed") }
                refused.append(RefusedEntry(name: relative, reason: "the folder cannot be listed"))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = path + "/" + child
                let kind = FileStatus(full)?.kind
                if kind == .symbolicLink {
                    switch FileStatus(full, followingLinks: true)?.kind {
                    case nil:
                        refused.append(RefusedEntry(name: child, reason: "symbolic link to nothing"))
                    case .directory:
                        refused.append(RefusedEntry(name: child, reason: "symbolic link to a folder (not followed)"))
                    default:
                        found.append(ExportEntry(path: child))
                    }
                } else if kind == .directory {
                    if depth < 1 { try list(child, depth: depth + 1) }
                } else if kind == .regular {
                    found.append(ExportEntry(path: child))
                }
            }
        }
        try list("", depth: 0)
        self.entries = found
        self.refused = refused
    }

    func filePath(of entry: ExportEntry) -> String { location + "/" + entry.path }
}

/// A zip archive read in place (``ZipArchive``): entries are inflated chunk by chunk into
/// memory, nothing is written to disk. Entries whose names climb out of the archive (`..`)
/// or are absolute are refused, and so are entries whose declared size or compression ratio
/// is absurd, encrypted entries and symbolic links; while inflating, an entry that grows past
/// its declared size is stopped.
struct ZipSource: RangeReadable {
    let location: String
    let entries: [ExportEntry]
    let refused: [RefusedEntry]
    private let archive: ZipArchive
    private let byPath: [String: ZipArchive.Member]

    /// Entries larger than this when inflated are refused.
    static let maxEntrySize: UInt64 = 4 << 30
    /// Entries compressed more than this many times over (and larger than 16 MB) are refused.
    static let maxRatio: UInt64 = 200

    init(path: String) throws {
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

    func size(of entry: ExportEntry) -> Int? {
        byPath[entry.path].map { Int(clamping: $0.size) }
    }

    func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try archive.read(member(entry), consume)
    }

    func read(_ entry: ExportEntry, range: Range<Int>, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try archive.read(member(entry), range: range, consume)
    }

    private func member(_ entry: ExportEntry) throws -> ZipArchive.Member {
        guard let member = byPath[entry.path] else {
            throw IngestError.unreadable(path: location + ":" + entry.path, reason: "no such entry")
        }
        return member
    }

    func skipsForFree(_ entry: ExportEntry) -> Bool {
        byPath[entry.path]?.method == ZipArchive.Member.stored
    }
}
