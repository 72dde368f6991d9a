import Foundation

/// Progress of a file read in parts on several threads, reported as one.
final class SharedProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let report: (ReadProgress) -> Void
    private let totalBytes: Int
    private var bytes: [Int: Int] = [:]

    init(report: @escaping (ReadProgress) -> Void, totalBytes: Int) {
        self.report = report
        self.totalBytes = totalBytes
    }

    /// The progress callback for one part.
    func reporter(part: Int) -> (ReadProgress) -> Void {
        { progress in
            self.lock.lock()
            defer { self.lock.unlock() }
            self.bytes[part] = progress.bytesRead
            self.report(
                ReadProgress(
                    file: progress.file, bytesRead: self.bytes.values.reduce(0, +), totalBytes: self.totalBytes))
        }
    }
}
