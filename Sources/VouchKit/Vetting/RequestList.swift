/// One person a requester asked to be introduced to.
public struct RequestEntry: Sendable, Hashable {
    /// 1-based position in the list (assigned by ``RequestList``).
    public internal(set) var position: Int
    /// The line in the list file (for HTML: the element's line).
    public let line: Int
    /// Who, as the list says.
    public let query: PersonQuery
    /// The title the list gives, if any.
    public let title: String?
    /// Why the requester wants to meet them, if the list says.
    public let reason: String?
}

/// A parsed request list: the people asked for, and the lines that were not people.
public struct RequestList: Sendable {
    /// The file name.
    public let source: String
    /// The format detected (`csv`, `tsv`, `text`, `markdown`, `html`).
    public let format: String
    public let entries: [RequestEntry]
    /// Lines that were not people, with the reason.
    public let skipped: [SkippedRow]

    /// A list of `entries` numbered 1, 2, … in order, whatever parts of the file they came
    /// from; skipped lines in line order.
    init(source: String, format: String, entries: [RequestEntry], skipped: [SkippedRow]) {
        self.source = source
        self.format = format
        self.entries = entries.enumerated().map { offset, entry in
            var numbered = entry
            numbered.position = offset + 1
            return numbered
        }
        self.skipped = skipped.sorted { $0.line < $1.line }
    }
}
