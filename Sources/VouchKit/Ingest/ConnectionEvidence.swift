/// Everything the export says about the owner's relationship with one connection, folded
/// while reading: counts and dates only, never message text.
public struct ConnectionEvidence: Sendable, Hashable {
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

    /// Adds message evidence about the same person folded elsewhere (another part of the
    /// messages file): counts add up, months unite, the date range widens.
    mutating func mergeMessages(_ other: ConnectionEvidence) {
        messagesSent += other.messagesSent
        messagesReceived += other.messagesReceived
        wordsSent += other.wordsSent
        wordsReceived += other.wordsReceived
        conversations += other.conversations
        twoWayConversations += other.twoWayConversations
        groupConversations += other.groupConversations
        groupMessagesReceived += other.groupMessagesReceived
        activeMonths.formUnion(other.activeMonths)
        firstMessage = CalendarDay.earliest(firstMessage, other.firstMessage)
        lastMessage = CalendarDay.latest(lastMessage, other.lastMessage)
    }

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

/// A connection invitation between the owner and a connection.
public struct InvitationFact: Sendable, Hashable {
    /// True when the owner sent it.
    public let sentByOwner: Bool
    /// True when the sender wrote a personal note.
    public let hasNote: Bool
    public let date: CalendarDay?
}

/// The evidence about every connection, by connection index: one record per connection, in
/// one array.
///
/// Not a dictionary: sized for 30,000 connections, a dictionary of these 216-byte records
/// spreads them over 14 MB of buckets, and placing records at random there made reading
/// Invitations.csv mostly page faults. An index past the end reads as an empty record, and
/// writing there extends the table (a saved page can add connections after the export's).
public struct EvidenceTable: Sendable, Equatable {
    private var records: [ConnectionEvidence]

    /// Empty records for `count` connections.
    public init(count: Int = 0) {
        records = Array(repeating: ConnectionEvidence(), count: count)
    }

    /// The number of records held; every index past it reads as empty.
    public var count: Int { records.count }

    /// The evidence about connection `index`: empty when nothing was found about them.
    public subscript(index: Int) -> ConnectionEvidence {
        get { index < records.count ? records[index] : ConnectionEvidence() }
        _modify {
            if index >= records.count {
                records.append(contentsOf: repeatElement(ConnectionEvidence(), count: index + 1 - records.count))
            }
            yield &records[index]
        }
    }

    /// Equal when every connection's evidence is, empty records past either end included.
    public static func == (lhs: EvidenceTable, rhs: EvidenceTable) -> Bool {
        (0..<max(lhs.count, rhs.count)).allSatisfy { lhs[$0] == rhs[$0] }
    }
}
