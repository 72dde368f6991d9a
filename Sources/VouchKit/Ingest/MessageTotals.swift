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
