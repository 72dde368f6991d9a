import Foundation
import VouchKit

/// Writes a report file: a new regular file is created readable by the owner only (0600),
/// written beside its final name and renamed into place, so a reader never sees half a
/// report. A path that is not a regular file (`/dev/null`, a pipe, a terminal) is written
/// to as it is: never replaced, never re-permissioned.
enum ReportFile {
    static func write(_ data: Data, to path: String) throws {
        let manager = FileManager.default
        if let kind = FileStatus(path)?.kind, kind != .regular {
            guard kind != .directory, let handle = FileHandle(forWritingAtPath: path) else {
                throw CommandFailure("\(path): cannot write the report there (it is a folder or not writable).")
            }
            defer { try? handle.close() }
            handle.write(data)
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = (folder.isEmpty ? "." : folder) + "/.vouch-\(UUID().uuidString).tmp"
        guard manager.createFile(atPath: temporary, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw CommandFailure("\(path): cannot write the report (the folder does not exist or is not writable).")
        }
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(atPath: temporary)
            throw CommandFailure("\(path): cannot write the report (\(reason)).")
        }
    }
}
