import VouchDates

/// One of the owner's schools, from `Education.csv`.
public struct OwnerSchool: Sendable, Hashable {
    public let name: String
    public let started: ParsedDate?
    public let finished: ParsedDate?

    package init(name: String, started: ParsedDate?, finished: ParsedDate?) {
        self.name = name
        self.started = started
        self.finished = finished
    }
}
