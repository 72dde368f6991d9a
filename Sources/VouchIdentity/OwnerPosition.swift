import VouchDates

/// One of the owner's own jobs, from `Positions.csv`.
public struct OwnerPosition: Sendable, Hashable {
    public let company: String
    public let title: String
    public let started: ParsedDate?
    /// Nil for the current job.
    public let finished: ParsedDate?

    /// True when the job has no end date.
    public var isCurrent: Bool { finished == nil }

    public init(company: String, title: String, started: ParsedDate?, finished: ParsedDate?) {
        self.company = company
        self.title = title
        self.started = started
        self.finished = finished
    }
}
