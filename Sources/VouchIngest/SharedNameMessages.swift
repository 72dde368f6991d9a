import Foundation
import VouchDates

/// Messages with a name that several connections share, which nothing in the export gives
/// to one of them (before mid 2023 people in messages are mostly found by name). Each
/// connection of that name carries the same record, so that its evidence says the messages
/// exist instead of reading as silence.
///
/// The owner's messages to the name and the messages from it in the same conversation are
/// one exchange: a conversation is one person's, whether they appear by their sender URL or
/// by their name in `TO`. A class: most connections have none, and a reference keeps their
/// evidence records small.
public final class SharedNameMessages: Sendable, Hashable {
    /// The name as messages spell it.
    public let name: String
    /// The connections who have this name, by index.
    public let namesakes: [Int]
    /// How many connections have this name.
    public var connections: Int { namesakes.count }
    /// Messages in conversations of fewer than ``MessageRules/groupSize`` people: the
    /// owner's, and the other person's.
    public let messagesSent: Int
    public let messagesReceived: Int
    /// Conversations of fewer than ``MessageRules/groupSize`` people, and of those the ones
    /// where both sides wrote.
    public let conversations: Int
    public let twoWayConversations: Int
    /// Group conversations (5+ people) and discounted ones (InMail, job applications,
    /// automated messages) with the name.
    public let groupConversations: Int
    public let discountedConversations: Int
    public let firstMessage: CalendarDay?
    public let lastMessage: CalendarDay?

    init(name: String, namesakes: [Int], totals: MessageTotals) {
        self.name = name
        self.namesakes = namesakes
        messagesSent = totals.messagesSent
        messagesReceived = totals.messagesReceived
        conversations = totals.conversations
        twoWayConversations = totals.twoWayConversations
        groupConversations = totals.groupConversations
        discountedConversations = totals.discountedConversations
        firstMessage = totals.firstMessage
        lastMessage = totals.lastMessage
    }

    /// True when there are conversations of fewer than ``MessageRules/groupSize`` people:
    /// the messages a depth is told from (group and discounted ones count little).
    public var mayDecideDepth: Bool { conversations > 0 }

    /// The sentences for a connection of the name who works at `company`: "10 messages (5
    /// from you, 5 from them) with someone called 'Alex Kim' could not be given to one person: 2 of your
    /// connections share this name"; then, when the messages may decide the depth and the
    /// connection has no exchange of their own (`ownExchange` false), that the depth cannot
    /// be told from messages and the annotations line that settles it.
    public func sentences(company: String, ownExchange: Bool) -> [String] {
        let when = lastMessage.map { "; last on \($0)" } ?? ""
        var lines = [
            "\(messages) with someone called '\(name)' could not be given to one person: \(connections) of your connections share this name\(when)"
        ]
        if mayDecideDepth && !ownExchange {
            let line = [name, company.isEmpty ? "their company" : company].map(Self.csvField).joined(separator: ",")
            lines.append(
                "how deep this tie is cannot be told from messages: your annotations file settles it (a header name,company,tier and the line \(line),familiar, or trusted or nominal)"
            )
        }
        return lines
    }

    /// "10 messages (5 from you, 5 from them)", and the group and discounted conversations.
    public var messages: String {
        var parts: [String] = []
        let total = messagesSent + messagesReceived
        if total > 0 {
            parts.append(
                "\(Plural.count(total, "message")) (\(messagesSent) from you, \(messagesReceived) from them)")
        }
        if groupConversations > 0 {
            parts.append("\(Plural.count(groupConversations, "group conversation")) of 5 or more people")
        }
        if discountedConversations > 0 {
            parts.append(
                "\(Plural.count(discountedConversations, "conversation")) that opened as InMail, a job application or an automated message"
            )
        }
        return parts.isEmpty ? "messages" : parts.joined(separator: " and ")
    }

    /// `text` as one CSV field: quoted when it holds a comma or a quote.
    static func csvField(_ text: String) -> String {
        guard text.contains(",") || text.contains("\"") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Equal when every count, date and namesake is.
    public static func == (lhs: SharedNameMessages, rhs: SharedNameMessages) -> Bool {
        lhs.name == rhs.name && lhs.namesakes == rhs.namesakes && lhs.messagesSent == rhs.messagesSent
            && lhs.messagesReceived == rhs.messagesReceived && lhs.conversations == rhs.conversations
            && lhs.twoWayConversations == rhs.twoWayConversations
            && lhs.groupConversations == rhs.groupConversations
            && lhs.discountedConversations == rhs.discountedConversations && lhs.firstMessage == rhs.firstMessage
            && lhs.lastMessage == rhs.lastMessage
    }

    /// Hashes the name and the counts that most often differ.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(messagesSent)
        hasher.combine(messagesReceived)
        hasher.combine(conversations)
    }
}
