/// One person a requester asked to be introduced to.
public struct RequestEntry: Sendable, Hashable {
    /// 1-based position in the list (assigned by ``RequestList``).
    public internal(set) var position: Int
    /// The line in the list file (for HTML: the element's line).
    public let line: Int
    /// Who, as the list says.
    public internal(set) var query: PersonQuery
    /// The title the list gives, if any.
    public internal(set) var title: String?
    /// Why the requester wants to meet them, if the list says (notes written under the
    /// person included).
    public internal(set) var reason: String?
    /// Why vouch is not sure this line names a person; nil when it is.
    public internal(set) var doubt: String?
    /// A profile link that cannot be resolved offline (`lnkd.in`, `/pub/`), when the line
    /// gives one.
    public internal(set) var unresolvableLink: String?
    /// The other lines naming the same person (a person listed three times is one entry
    /// with two more lines here).
    public internal(set) var repeatLines: [Int] = []
    /// The query read as `Last, First`, when the line may be written that way.
    let swappedQuery: PersonQuery?

    init(
        position: Int, line: Int, query: PersonQuery, title: String?, reason: String?, doubt: String? = nil,
        unresolvableLink: String? = nil, swappedQuery: PersonQuery? = nil
    ) {
        self.position = position
        self.line = line
        self.query = query
        self.title = title
        self.reason = reason
        self.doubt = doubt
        self.unresolvableLink = unresolvableLink
        self.swappedQuery = swappedQuery
    }

    /// How many times the list names this person.
    public var timesListed: Int { 1 + repeatLines.count }
}

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
