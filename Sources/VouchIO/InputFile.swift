import Foundation

/// Reads the user's smaller inputs whole (request lists, annotations, address books, saved
/// pages, the scoring config), with one set of error messages for all of them.
package enum InputFile {
    /// The file's bytes; `what` names the input in the error ("request list").
    package static func read(_ path: String, what: String) throws -> Data {
        if let data = FileManager.default.contents(atPath: path) {
            OpenedInputs.record(path: path)
            return data
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError.notFound(path: path, what: what)
        }
        throw InputError.unreadable(path: path, reason: isDirectory.boolValue ? "it is a folder" : "permission denied")
    }
}
