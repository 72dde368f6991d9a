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
