import VouchDates

/// What conversations say about one connection: the part of ``ConnectionEvidence`` that
/// messages.csv fills. Also tallied on its own while the file is read (``MessageEvidence``):
/// 144 bytes rather than a whole ``ConnectionEvidence``, for every connection on each core.
public struct MessageTotals: Sendable, Hashable {
    /// Messages in conversations of fewer than ``MessageRules/groupSize`` people.
    public var messagesSent = 0
    public var messagesReceived = 0
    public var wordsSent = 0
    public var wordsReceived = 0
    /// Conversations with this person of fewer than ``MessageRules/groupSize`` people.
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

    public init() {}

    /// True until a conversation with the person is added: each adds to one of the counts
    /// of conversations.
    public var isEmpty: Bool { conversations == 0 && groupConversations == 0 && discountedConversations == 0 }

    /// Adds what conversations tallied elsewhere say about the same person (another
    /// conversation, another part of the messages file): counts add up, months unite, the
    /// date range widens.
    public mutating func add(_ other: MessageTotals) {
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
