/// Why a file, or an entry of an archive, could not be read. Callers that know what the file
/// is for say so in their own words (VouchIngest's `IngestError`).
public enum SourceError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case corruptArchive(path: String, reason: String)
    case entryTooLarge(path: String)
    /// A device or a pipe where a file or a folder was expected.
    case notAFile(path: String)

    /// What went wrong, and where.
    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .corruptArchive(let path, let reason): "\(path): not a usable zip archive (\(reason))"
        case .entryTooLarge(let path): "\(path): inflates past its declared size"
        case .notAFile(let path): "\(path): not a file or a folder (a device or a pipe)"
        }
    }
}
