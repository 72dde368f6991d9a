/// Why an input other than the export (a request list, annotations, a config file) could not
/// be used. All message text lives in ``message``.
public enum InputError: Error, Equatable, Sendable {
    case notFound(path: String, what: String)
    case unreadable(path: String, reason: String)
    case invalid(path: String, line: Int?, reason: String)
    /// A mistake at a line and column (1-based, the column in characters).
    case invalidAt(path: String, line: Int, column: Int, reason: String)

    /// What went wrong, where, and what to do.
    public var message: String {
        switch self {
        case .notFound(let path, let what):
            return "\(path): no such file (the \(what))."
        case .unreadable(let path, let reason):
            return "\(path): cannot be read (\(reason))."
        case .invalid(let path, let line, let reason):
            return line.map { "\(path):\($0): \(reason)" } ?? "\(path): \(reason)"
        case .invalidAt(let path, let line, let column, let reason):
            return "\(path):\(line):\(column): \(reason)"
        }
    }
}
