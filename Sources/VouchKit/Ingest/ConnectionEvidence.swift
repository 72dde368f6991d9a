/// Everything the export says about the owner's relationship with one connection, folded
/// while reading: counts and dates only, never message text.
public struct ConnectionEvidence: Sendable, Hashable, MessageCounts {
    /// Messages in conversations of fewer than ``MessageFolder/groupSize`` people.
    public var messagesSent = 0
    public var messagesReceived = 0
    public var wordsSent = 0
    public var wordsReceived = 0
    /// Conversations with this person of fewer than ``MessageFolder/groupSize`` people.
    public var conversations = 0
    /// Of those, conversations where both sides wrote.
    public var twoWayConversations = 0
    /// Group conversations (5+ people) both were in, and messages the person wrote there.
    public var groupConversations = 0
    public var groupMessagesReceived = 0
    /// Discounted conversations (recruiter InMail, job applications, automated messages; see
    /// ``ConversationKind``) with this person, and messages the person wrote there: counted
    /// little, like group conversations.
    public var discountedConversations = 0
    public var discountedMessagesReceived = 0
    /// Distinct calendar months with a message either way in a small conversation.
    public var activeMonths = MonthSet()
    public var firstMessage: CalendarDay?
    public var lastMessage: CalendarDay?

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
        var latest = CalendarDay.latest(lastMessage, lastEndorsement)
        latest = CalendarDay.latest(latest, invitation?.date)
        for date in recommendationsReceived { latest = CalendarDay.latest(latest, date) }
        for date in recommendationsGiven { latest = CalendarDay.latest(latest, date) }
        return latest
    }

    /// The earliest dated interaction of any kind.
    public var firstInteraction: CalendarDay? {
        var earliest = CalendarDay.earliest(firstMessage, invitation?.date)
        earliest = CalendarDay.earliest(earliest, addressBook?.since)
        for date in recommendationsReceived { earliest = CalendarDay.earliest(earliest, date) }
        for date in recommendationsGiven { earliest = CalendarDay.earliest(earliest, date) }
        return earliest
    }
}
