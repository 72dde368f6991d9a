import Foundation

/// Reads the user's smaller inputs whole (request lists, annotations, address books, saved
/// pages, the scoring config), with one set of error messages for all of them.
package enum InputFile {
    /// The file's bytes; `what` names the input in the error ("request list"). A pipe
    /// (`--list <(…)`, `/dev/stdin` fed by a pipe) is read to its end; a folder or a device
    /// (`/dev/null`, a terminal) is refused as what it is.
    package static func read(_ path: String, what: String) throws -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let failure = errno
            if failure == ENOENT || failure == ENOTDIR { throw InputError.notFound(path: path, what: what) }
            let reason = failure == EACCES ? "permission denied" : String(cString: strerror(failure))
            throw InputError.unreadable(path: path, reason: reason)
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw InputError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFIFO, S_IFSOCK: break
        case S_IFDIR: throw InputError.unreadable(path: path, reason: "it is a folder")
        default: throw InputError.unreadable(path: path, reason: "it is a device, not a file")
        }
        OpenedInputs.record(descriptor: descriptor, path: path)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                let reason = errno == EISDIR ? "it is a folder" : String(cString: strerror(errno))
                throw InputError.unreadable(path: path, reason: reason)
            }
            data.append(contentsOf: buffer[0..<count])
        }
        return data
    }
}
