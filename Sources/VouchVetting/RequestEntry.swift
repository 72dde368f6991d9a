import VouchIdentity

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
    /// How many people the entry's line names (`Amélie Fournier, Lars Eriksen, Tobias Wren`:
    /// three, each an entry of its own).
    public internal(set) var namesOnLine = 1
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
