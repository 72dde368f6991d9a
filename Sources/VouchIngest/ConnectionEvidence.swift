import VouchDates

/// Everything the export says about the owner's relationship with one connection, folded
/// while reading: counts and dates only, never message text.
public struct ConnectionEvidence: Sendable, Hashable {
    /// What conversations with the person say (messages.csv).
    public var messages = MessageTotals()

    /// Who sent the connection invitation, and whether it carried a personal note.
    public var invitation: InvitationFact?

    /// Distinct skills the person endorsed the owner for, and the owner endorsed them for.
    public var skillsEndorsedByThem: Set<String> = []
    public var skillsEndorsedByOwner: Set<String> = []
    public var lastEndorsement: CalendarDay?

    /// Recommendation dates (nil when the file gave none).
    public var recommendationsReceived: [CalendarDay?] = []
    public var recommendationsGiven: [CalendarDay?] = []

    /// What the owner's address books say about the person, if they are in one.
    public var addressBook: AddressBookFact?

    /// Messages with the person's name that several connections share, which the export
    /// cannot give to one of them: they may be this person's.
    public var sharedNameMessages: SharedNameMessages?

    public init() {}

    /// Adds an endorsement for `skill`, by the person (`received`) or by the owner.
    mutating func addEndorsement(skill: String, received: Bool, date: CalendarDay?) {
        if received {
            skillsEndorsedByThem.insert(skill)
        } else {
            skillsEndorsedByOwner.insert(skill)
        }
        lastEndorsement = CalendarDay.latest(lastEndorsement, date)
    }

    /// The latest dated interaction of any kind.
    public var lastInteraction: CalendarDay? {
        var latest = CalendarDay.latest(messages.lastMessage, lastEndorsement)
        latest = CalendarDay.latest(latest, invitation?.date)
        for date in recommendationsReceived { latest = CalendarDay.latest(latest, date) }
        for date in recommendationsGiven { latest = CalendarDay.latest(latest, date) }
        return latest
    }

    /// The earliest dated interaction of any kind.
    public var firstInteraction: CalendarDay? {
        var earliest = CalendarDay.earliest(messages.firstMessage, invitation?.date)
        earliest = CalendarDay.earliest(earliest, addressBook?.since)
        for date in recommendationsReceived { earliest = CalendarDay.earliest(earliest, date) }
        for date in recommendationsGiven { earliest = CalendarDay.earliest(earliest, date) }
        return earliest
    }
}
