import Foundation

/// Reads the user's smaller inputs whole (request lists, annotations, address books, saved
/// pages, the scoring config), with one set of error messages for all of them.
enum InputFile {
    /// The file's bytes; `what` names the input in the error ("request list").
    static func read(_ path: String, what: String) throws -> Data {
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

    /// The day a file was last modified: the anchor for "Connected 5 months ago" on a saved
    /// page when no as-of day is given (a property of the input, not the clock).
    static func modificationDay(_ path: String) -> CalendarDay? {
        guard let status = FileStatus(path, followingLinks: true) else { return nil }
        // Whole days, rounded down; a time stamp outside 1900-2200 (a broken clock, or one
        // set on purpose) anchors nothing.
        let days = status.modified >= 0 ? status.modified / 86_400 : (status.modified + 1) / 86_400 - 1
        guard (-25_567...84_006).contains(days), let ordinal = Int32(exactly: days) else { return nil }
        return CalendarDay(ordinal: ordinal)
    }
}
