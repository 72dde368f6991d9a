import Foundation

/// Every file vouch has read in this process: the export (its file or folder, and each file
/// read inside it), request lists, annotations, address books, saved pages, the scoring
/// config. The few places that open files record them here (``InputFile``, ``ExportSources``,
/// the zip reader), so a reader added later is covered without doing anything; the command
/// line asks before writing a report, so a report never replaces one of its own inputs.
public enum OpenedInputs {
    /// Records the file open as `descriptor`, read as `path`.
    package static func record(descriptor: Int32, path: String) {
        if let identity = FileIdentity(descriptor: descriptor) { record(identity, path: path) }
    }

    /// Records the file at `path`, symbolic links followed.
    package static func record(path: String) {
        if let identity = FileIdentity(path: path) { record(identity, path: path) }
    }

    /// The path an input was read under, when `identity` is one; nil otherwise.
    public static func input(_ identity: FileIdentity) -> String? {
        store.lock.withLock { store.paths[identity] }
    }

    /// The input a file at `path` (links followed) would be; nil when it is none or nothing
    /// is there.
    public static func input(at path: String) -> String? {
        FileIdentity(path: path).flatMap(input)
    }

    private static func record(_ identity: FileIdentity, path: String) {
        store.lock.withLock {
            if store.paths[identity] == nil { store.paths[identity] = path }
        }
    }

    /// The record itself; all access holds the lock (the export is read on two threads).
    private final class Store: @unchecked Sendable {
        package let lock = NSLock()
        package var paths: [FileIdentity: String] = [:]
    }

    private static let store = Store()
}
