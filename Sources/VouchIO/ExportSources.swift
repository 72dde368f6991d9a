import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Opens the export at a path: a `.zip`, an unpacked folder, or a single file.
public enum ExportSources {
    /// The size of the chunks files are read in: 256 KB, which the reader parses while they
    /// are still in the core's cache (1 MB chunks were 6-11 ms slower on the maximum export,
    /// the zip too; 128 KB no faster).
    package static let chunkSize = 1 << 18

    /// Opens `path`, deciding by what is there (a folder, a zip by its magic bytes, a file).
    public static func open(_ path: String) throws -> ExportSource {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SourceError.notFound(path: path)
        }
        OpenedInputs.record(path: path)
        if isDirectory.boolValue {
            return try FolderSource(path: path)
        }
        // `/dev/null`, a terminal, a pipe: a name such as `null` or `63` would then be
        // reported as the file found.
        guard FileStatus(path, followingLinks: true)?.kind == .regular else { throw SourceError.notAFile(path: path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SourceError.unreadable(path: path, reason: "permission denied")
        }
        let magic = (try? handle.read(upToCount: 4)) ?? Data()
        try? handle.close()
        if magic.starts(with: [0x50, 0x4B, 0x03, 0x04]) || magic.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            return try ZipSource(path: path)
        }
        if path.lowercased().hasSuffix(".zip") {
            throw SourceError.corruptArchive(path: path, reason: "it does not start like a zip file")
        }
        return SingleFileSource(path: path)
    }

    /// Reads a file from disk in chunks, into one reused buffer: the whole file, or the bytes
    /// of `range`.
    package static func readFile(
        at path: String, range: Range<Int>? = nil, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) throws {
        let descriptor = openForReading(path)
        guard descriptor >= 0 else {
            throw SourceError.unreadable(path: path, reason: String(cString: strerror(errno)))
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
package func readChunk(
    _ descriptor: Int32, into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int?, path: String
) throws -> Int {
    while true {
        let read = offset.map { readBytes(descriptor, buffer, count, at: $0) } ?? readBytes(descriptor, buffer, count)
        if read >= 0 { return read }
        if errno != EINTR { throw SourceError.unreadable(path: path, reason: String(cString: strerror(errno))) }
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
