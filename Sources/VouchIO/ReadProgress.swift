import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How far reading has got, for a progress line.
public struct ReadProgress: Sendable {
    /// The file being read.
    public let file: String
    public let bytesRead: Int
    /// The file's size, when known.
    public let totalBytes: Int?

    package init(file: String, bytesRead: Int, totalBytes: Int?) {
        self.file = file
        self.bytesRead = bytesRead
        self.totalBytes = totalBytes
    }
}
