import Foundation

/// Where a zip archive's bytes are: an open file, read with `pread` (an export, a workbook
/// given as the list), or bytes already in memory (a workbook attached to a saved e-mail).
enum ArchiveBytes {
    case file(descriptor: Int32)
    case memory([UInt8])

    /// Reads up to `count` bytes at `offset` into `buffer`; 0 at the end.
    func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int, path: String) throws -> Int {
        switch self {
        case .file(let descriptor):
            return try readChunk(descriptor, into: buffer, count: count, at: offset, path: path)
        case .memory(let bytes):
            guard offset >= 0, offset < bytes.count else { return 0 }
            let length = min(count, bytes.count - offset)
            bytes.withUnsafeBytes { source in
                if let base = source.baseAddress { buffer.copyMemory(from: base + offset, byteCount: length) }
            }
            return length
        }
    }
}
