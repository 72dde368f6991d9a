import VouchIO

/// Why an export, or a file in it, could not be used. All message text lives in ``message``.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case unreadable(path: String, reason: String)
    case corruptArchive(path: String, reason: String)
    case entryTooLarge(path: String)
    case noConnections(path: String, found: [String])
    case noHeader(file: String, expected: [String])
    case notLinkedIn(path: String, looksLike: String)
    case emptyFile(file: String)
    /// Connections.csv has its header but not one connection: no rows, or none usable.
    /// `reason` says why the first row that was read was not used.
    case noConnectionRows(file: String, rows: Int, reason: String?)
    /// A device or a pipe: neither a file nor a folder vouch can read an export from.
    case notAFile(path: String)

    /// What went wrong, where, and what to do about it.
    public var message: String {
        switch self {
        case .notFound(let path):
            return
                "\(path): no such file or folder. Pass LinkedIn's export (Basic_LinkedInDataExport_MM-DD-YYYY.zip), its unpacked folder, or Connections.csv."
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason)). Check that the file exists and that you may read it."
        case .corruptArchive(let path, let reason):
            return
                "\(path): not a usable zip archive (\(reason)). Download the export again, or unpack it and pass the folder."
        case .entryTooLarge(let path):
            return
                "\(path): inflates past its declared size; reading stopped (the archive may be damaged or a zip bomb)."
        case .noConnections(let path, let found):
            let seen =
                found.isEmpty
                ? "no CSV files" : "only " + found.prefix(6).joined(separator: ", ") + (found.count > 6 ? ", …" : "")
            return
                "\(path): no Connections.csv here (found \(seen)). LinkedIn's export arrives as Basic_LinkedInDataExport_MM-DD-YYYY.zip; pass that file or its unpacked folder."
        case .noHeader(let file, let expected):
            return
                "\(file): no header row with the expected columns (\(expected.joined(separator: ", "))) in its first lines. Is this the file LinkedIn exported?"
        case .emptyFile(let file):
            return
                "\(file): the file is empty. Download LinkedIn's export again; if you edited it, check that it was saved."
        case .noConnectionRows(let file, let rows, let reason):
            let why =
                rows == 0
                ? "its header was found, but no rows follow it"
                : "none of its \(rows) rows could be used" + (reason.map { " (\($0))" } ?? "")
            return
                "\(file): holds no connections: \(why). Download LinkedIn's export again; if you edited the file, check that it was saved whole."
        case .notAFile(let path):
            return
                "\(path): not a file or a folder (a device or a pipe). Pass LinkedIn's export (Basic_LinkedInDataExport_MM-DD-YYYY.zip), its unpacked folder, or Connections.csv."
        case .notLinkedIn(let path, let looksLike):
            return
                "\(path): this looks like \(looksLike), not LinkedIn's export. Pass the LinkedIn data export (Settings > Data privacy > Get a copy of your data)."
        }
    }

    public var description: String { message }

    /// The same failure in the words of an export: what could not be read, and what to do.
    public init(_ error: SourceError) {
        switch error {
        case .notFound(let path): self = .notFound(path: path)
        case .unreadable(let path, let reason): self = .unreadable(path: path, reason: reason)
        case .corruptArchive(let path, let reason): self = .corruptArchive(path: path, reason: reason)
        case .entryTooLarge(let path): self = .entryTooLarge(path: path)
        case .notAFile(let path): self = .notAFile(path: path)
        }
    }

    /// `error` as an ingest error (a ``SourceError`` in the words of an export); nil for any
    /// other error.
    public static func from(_ error: any Error) -> IngestError? {
        if let error = error as? IngestError { return error }
        if let error = error as? SourceError { return IngestError(error) }
        return nil
    }
}
