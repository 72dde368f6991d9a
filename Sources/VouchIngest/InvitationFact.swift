import VouchDates

/// A connection invitation between the owner and a connection.
public struct InvitationFact: Sendable, Hashable {
    /// True when the owner sent it.
    public let sentByOwner: Bool
    /// True when the sender wrote a personal note.
    public let hasNote: Bool
    public let date: CalendarDay?
}
