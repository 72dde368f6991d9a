import VouchDates

/// What address books say about one connection: evidence the LinkedIn export never has.
public struct AddressBookFact: Sendable, Hashable {
    /// The books it appears in (`Google contacts`, …), in the order read.
    public var sources: [String] = []
    public var hasPhone = false
    public var hasNote = false
    public var hasBirthday = false
    public var labels: [String] = []
    /// The earliest creation date any book gives.
    public var since: CalendarDay?

    /// Adds one entry's facts.
    mutating func add(_ entry: AddressBookEntry) {
        if !sources.contains(entry.source) { sources.append(entry.source) }
        hasPhone = hasPhone || !entry.phones.isEmpty
        hasNote = hasNote || entry.hasNote
        hasBirthday = hasBirthday || entry.hasBirthday
        for label in entry.labels where !labels.contains(label) { labels.append(label) }
        since = CalendarDay.earliest(since, entry.created)
    }
}
