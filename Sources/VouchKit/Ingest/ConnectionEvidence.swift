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

    /// Holds at least `count` records, the new ones empty.
    mutating func extend(toCount count: Int) {
        if count > records.count {
            records.append(contentsOf: repeatElement(ConnectionEvidence(), count: count - records.count))
        }
    }

    /// The evidence about connection `index`: empty when nothing was found about them.
    public subscript(index: Int) -> ConnectionEvidence {
        get { index < records.count ? records[index] : ConnectionEvidence() }
        _modify {
            extend(toCount: index + 1)
            yield &records[index]
        }
    }

    /// Equal when every connection's evidence is, empty records past either end included.
    public static func == (lhs: EvidenceTable, rhs: EvidenceTable) -> Bool {
        (0..<max(lhs.count, rhs.count)).allSatisfy { lhs[$0] == rhs[$0] }
    }
}

/// What conversations say about a connection: the part of ``ConnectionEvidence`` that
/// messages.csv fills, also tallied on its own (``MessageTotals``) while the file is read.
protocol MessageCounts {
    var messagesSent: Int { get set }
    var messagesReceived: Int { get set }
    var wordsSent: Int { get set }
    var wordsReceived: Int { get set }
    var conversations: Int { get set }
    var twoWayConversations: Int { get set }
    var groupConversations: Int { get set }
    var groupMessagesReceived: Int { get set }
    var discountedConversations: Int { get set }
    var discountedMessagesReceived: Int { get set }
    var activeMonths: MonthSet { get set }
    var firstMessage: CalendarDay? { get set }
    var lastMessage: CalendarDay? { get set }
}

extension MessageCounts {
    /// Adds what conversations tallied elsewhere say about the same person (another part of
    /// the messages file, or the tally kept while reading it): counts add up, months unite,
    /// the date range widens.
    mutating func addMessages(_ other: some MessageCounts) {
        messagesSent += other.messagesSent
        messagesReceived += other.messagesReceived
        wordsSent += other.wordsSent
        wordsReceived += other.wordsReceived
        conversations += other.conversations
        twoWayConversations += other.twoWayConversations
        groupConversations += other.groupConversations
        groupMessagesReceived += other.groupMessagesReceived
        discountedConversations += other.discountedConversations
        discountedMessagesReceived += other.discountedMessagesReceived
        activeMonths.formUnion(other.activeMonths)
        firstMessage = CalendarDay.earliest(firstMessage, other.firstMessage)
        lastMessage = CalendarDay.latest(lastMessage, other.lastMessage)
    }
}

/// The message counts about one connection, tallied while messages.csv is read: 144 bytes
/// rather than a whole ``ConnectionEvidence``'s 232, for every connection on each core.
struct MessageTotals: MessageCounts {
    var messagesSent = 0
    var messagesReceived = 0
    var wordsSent = 0
    var wordsReceived = 0
    var conversations = 0
    var twoWayConversations = 0
    var groupConversations = 0
    var groupMessagesReceived = 0
    var discountedConversations = 0
    var discountedMessagesReceived = 0
    var activeMonths = MonthSet()
    var firstMessage: CalendarDay?
    var lastMessage: CalendarDay?

    /// True until a conversation with the person is added: each adds to one of the counts
    /// of conversations.
    var isEmpty: Bool { conversations == 0 && groupConversations == 0 && discountedConversations == 0 }
}
