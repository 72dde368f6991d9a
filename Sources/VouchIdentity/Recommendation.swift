import VouchDates

/// A recommendation the owner wrote or received. The file has no URL, so it is matched to a
/// connection by name and company.
public struct Recommendation: Sendable, Hashable {
    public enum Direction: String, Sendable { case received, given }
    public let direction: Direction
    public let name: String
    public let company: String
    public let date: CalendarDay?
    public let visible: Bool
    public let line: Int

    package init(direction: Direction, name: String, company: String, date: CalendarDay?, visible: Bool, line: Int) {
        self.direction = direction
        self.name = name
        self.company = company
        self.date = date
        self.visible = visible
        self.line = line
    }
}
