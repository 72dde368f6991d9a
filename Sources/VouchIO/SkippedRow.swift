/// A data row that could not be used, with where it was and why.
public struct SkippedRow: Hashable, Sendable, Codable {
    /// The 1-based line where the row starts.
    public let line: Int
    /// A plain explanation.
    public let reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
