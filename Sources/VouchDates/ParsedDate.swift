/// A date read from an export, with how precise the source was.
public struct ParsedDate: Hashable, Sendable {
    /// How much of the date the text gave.
    public enum Precision: String, Sendable { case day, month, year }

    /// The day (the first of the month or year when less precise).
    public let day: CalendarDay
    /// How precise the text was.
    public let precision: Precision
}
