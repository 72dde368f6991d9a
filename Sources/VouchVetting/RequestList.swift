import VouchIO

/// A parsed request list: the people asked for, and the lines that were not people.
public struct RequestList: Sendable {
    /// The file name.
    public let source: String
    /// The format detected (`csv`, `tsv`, `text`, `markdown`, `html`, `email`, `xlsx`).
    public let format: String
    public let entries: [RequestEntry]
    /// Lines that were not people, with the reason.
    public let skipped: [SkippedRow]
    /// Who sent the list, from a saved e-mail's `From:` header (name and address as written).
    public internal(set) var sender: String?
    /// Who sent the message forwarded in a saved e-mail: the `From:` line of its forwarded
    /// header block.
    public internal(set) var forwardedSender: String?

    /// A list of `entries` numbered 1, 2, … in order, whatever parts of the file they came
    /// from; skipped lines in line order.
    init(
        source: String, format: String, entries: [RequestEntry], skipped: [SkippedRow], sender: String? = nil,
        forwardedSender: String? = nil
    ) {
        self.source = source
        self.format = format
        self.entries = entries.enumerated().map { offset, entry in
            var numbered = entry
            numbered.position = offset + 1
            return numbered
        }
        self.skipped = skipped.sorted { $0.line < $1.line }
        self.sender = sender
        self.forwardedSender = forwardedSender
    }
}
