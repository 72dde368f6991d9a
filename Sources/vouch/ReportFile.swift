import Foundation
import VouchIO

/// Where a report goes, taken in chunks as it is produced. A new regular file is created
/// readable by the owner only (0600), written beside its final name and renamed into place
/// by `finish()`, so a reader never sees half a report; if the report is never finished, the
/// partial file is removed. A path that is not a regular file (`/dev/null`, a pipe, a
/// terminal) is written to as it is: never replaced, never re-permissioned. A file that
/// already exists anywhere inside a folder read for this report (the unpacked export) is
/// never replaced; a new file there is fine. Without a path, the report goes to standard
/// output.
final class ReportFile {
    private let descriptor: Int32
    /// The name in messages.
    private let path: String
    /// The file being written, renamed to `path` when finished; nil when writing in place.
    private var temporary: String?
    /// Where the finished file is renamed to: `path`, or the file a link at `path` points to.
    private var target = ""
    private var closed = false

    init(path: String?) throws {
        guard let path else {
            self.path = "standard output"
            descriptor = STDOUT_FILENO
            // `>> input.csv` would append the report to an input.
            if FileStatus(descriptor: STDOUT_FILENO)?.kind == .regular,
                let input = FileIdentity(descriptor: STDOUT_FILENO).flatMap(OpenedInputs.input)
            {
                throw CommandFailure(
                    "standard output is \(input), an input of this report: the report would be written into it.")
            }
            return
        }
        self.path = path
        if let input = OpenedInputs.input(at: path) {
            let same = input == path ? "" : " (\(input))"
            throw CommandFailure(
                "\(path): the report would replace an input of this report\(same); choose another name for the report.")
        }
        if let kind = FileStatus(path, followingLinks: true)?.kind, kind != .regular {
            let descriptor = kind == .directory ? -1 : open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                throw CommandFailure("\(path): cannot write the report there (it is a folder or not writable).")
            }
            self.descriptor = descriptor
            return
        }
        // A link to a file: the file it points to is replaced, the link stays.
        let target = FileStatus(path)?.kind == .symbolicLink ? Self.resolved(path) ?? path : path
        if FileStatus(target)?.kind == .regular, let folder = Self.inputFolder(holding: target) {
            throw CommandFailure(
                "\(path): already exists in \(folder), the export this report reads; vouch never replaces a file there (a new file is fine). Choose another name or folder for the report."
            )
        }
        let temporary = PathName.folder(target) + "/.vouch-\(UUID().uuidString).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw CommandFailure("\(path): cannot write the report (the folder does not exist or is not writable).")
        }
        self.descriptor = descriptor
        self.temporary = temporary
        self.target = target
    }

    /// The folder read as an input of this report (the unpacked export) that `file` is in, at
    /// any depth, as it was named; nil when it is in none.
    private static func inputFolder(holding file: String) -> String? {
        guard var folder = resolved(PathName.folder(file)) else { return nil }
        while true {
            if FileStatus(folder)?.kind == .directory, let input = OpenedInputs.input(at: folder) { return input }
            let parent = PathName.folder(folder)
            guard parent != folder else { return nil }
            folder = parent
        }
    }

    /// The path with every symbolic link resolved.
    private static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    deinit {
        guard descriptor != STDOUT_FILENO, !closed else { return }
        close(descriptor)
        if let temporary { unlink(temporary) }
    }

    /// Writes the next chunk of the report.
    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard let start = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, start + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw failure()
            }
            offset += written
        }
    }

    /// Writes a whole report held as text.
    func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }

    /// Puts a finished report in place. Until this is called, a new file has not appeared.
    func finish() throws {
        guard let temporary else { return }
        // A full disk can surface only when the file is closed.
        closed = true
        self.temporary = nil
        guard close(descriptor) == 0, rename(temporary, target) == 0 else {
            let error = failure()
            unlink(temporary)
            throw error
        }
    }

    private func failure() -> CommandFailure {
        CommandFailure("\(path): cannot write the report (\(String(cString: strerror(errno)))).")
    }
}
