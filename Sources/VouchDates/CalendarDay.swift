/// A calendar date without a time of day, in UTC, as every LinkedIn export date reduces to.
///
/// Relationship evidence is measured in days and years; keeping dates as plain day numbers
/// makes comparisons and differences cheap and independent of time zones and the clock.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Days since 1970-01-01.
    public let ordinal: Int32

    /// Creates a day from its days-since-1970 number.
    public init(ordinal: Int32) {
        self.ordinal = ordinal
    }

    /// Creates a day from a year, month and day; nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
            (1...CalendarDay.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        // Days from civil, after Howard Hinnant's algorithm.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.ordinal = Int32(era * 146_097 + dayOfEra - 719_468)
    }

    /// The year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = Int(ordinal) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The year.
    public var year: Int { components.year }

    /// A month number that increases by one each calendar month (for counting active months).
    public var monthIndex: Int32 { month.index }

    /// The month this day falls in: its ``monthIndex`` and the ordinals of its first and
    /// last days.
    package var month: (index: Int32, first: Int32, last: Int32) {
        let parts = components
        let first = ordinal - Int32(parts.day - 1)
        let days = Int32(CalendarDay.daysIn(month: parts.month, year: parts.year))
        return (Int32(parts.year * 12 + parts.month - 1), first, first + days - 1)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let parts = components
        return "\(parts.year)-\(Self.pad(parts.month))-\(Self.pad(parts.day))"
    }

    /// Parses `YYYY-MM-DD` (the form `--as-of` takes).
    public init?(iso text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay {
        CalendarDay(ordinal: ordinal + Int32(days))
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(until other: CalendarDay) -> Int {
        Int(other.ordinal) - Int(ordinal)
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The later of two days, either of which may be missing: how every "last seen" date is
    /// widened.
    package static func latest(_ lhs: CalendarDay?, _ rhs: CalendarDay?) -> CalendarDay? {
        guard let lhs else { return rhs }
        guard let rhs else { return lhs }
        return max(lhs, rhs)
    }

    /// The earlier of two days, either of which may be missing.
    package static func earliest(_ lhs: CalendarDay?, _ rhs: CalendarDay?) -> CalendarDay? {
        guard let lhs else { return rhs }
        guard let rhs else { return lhs }
        return min(lhs, rhs)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM-DD: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
