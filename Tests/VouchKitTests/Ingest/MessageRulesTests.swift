import Testing

@testable import VouchDates
@testable import VouchIngest

/// The message rules as a table: one conversation's tally in, each connection's message
/// evidence out (``MessageRules``), with no file read.
@Suite struct MessageRulesTests {
    /// A message in a test conversation: who wrote it (a participant), to whom, on which day
    /// of January 2025 (or `month` later), with how many words.
    struct Line {
        var from: Int32
        var to: [Int32]
        var day = 1
        var month = 0
        var words: Int32 = 10
        var discounted = false
    }

    /// 2025-01-01 as a day number.
    static let january2025 = CalendarDay(iso: "2025-01-01")?.ordinal ?? 0

    static func tally(_ lines: [Line]) -> ConversationTally {
        var tally = ConversationTally()
        for line in lines {
            let date = CalendarDay(ordinal: Self.january2025 + Int32(31 * line.month + line.day - 1))
            tally.add(
                sender: line.from, recipients: ArraySlice(line.to), date: date, words: line.words,
                discounted: line.discounted)
        }
        return tally
    }

    /// Participant 0 is the owner; 1-6 are connections 101-106; 7 and 8 are strangers.
    static let identities: [ParticipantTable.Identity] =
        [.owner] + (1...6).map { .connection(100 + $0) } + [.other, .other]

    static func totals(_ lines: [Line], identities: [ParticipantTable.Identity] = identities) -> [Int: MessageTotals] {
        let result = MessageRules.evidence(of: tally(lines), identities: identities)
        return Dictionary(uniqueKeysWithValues: result.people.map { ($0.connection, $0.totals) })
    }

    @Test func aTwoWayOneToOneCountsSentReceivedWordsMonthsAndDates() throws {
        let result = MessageRules.evidence(
            of: Self.tally([
                Line(from: 0, to: [1], day: 3, words: 12), Line(from: 1, to: [0], day: 4, words: 5),
                Line(from: 0, to: [1], day: 2, month: 1, words: 8),
            ]), identities: Self.identities)
        #expect(result.ownerSenders == [.init(participant: 0, messages: 2)])
        let totals = try #require(result.people.first { $0.connection == 101 }?.totals)
        #expect(result.people.count == 1)
        #expect(totals.conversations == 1 && totals.twoWayConversations == 1)
        #expect(totals.messagesSent == 2 && totals.messagesReceived == 1)
        #expect(totals.wordsSent == 20 && totals.wordsReceived == 5)
        #expect(totals.activeMonths.count == 2)
        #expect(totals.firstMessage?.description == "2025-01-03" && totals.lastMessage?.description == "2025-02-02")
        #expect(totals.groupConversations == 0 && totals.discountedConversations == 0)
    }

    @Test func aOneWayConversationIsNotTwoWay() {
        let theirs = Self.totals([Line(from: 1, to: [0]), Line(from: 1, to: [0], day: 2)])[101]
        #expect(theirs?.conversations == 1 && theirs?.messagesReceived == 2)
        #expect(theirs?.messagesSent == 0 && theirs?.twoWayConversations == 0)
        let mine = Self.totals([Line(from: 0, to: [2])])[102]
        #expect(mine?.messagesSent == 1 && mine?.messagesReceived == 0 && mine?.twoWayConversations == 0)
    }

    /// (people besides the owner, is a group): strangers count toward the size too.
    @Test(arguments: [([1, 2, 3], false), ([1, 2, 3, 4], true), ([1, 2, 7, 8], true), ([1, 7, 8], false)])
    func aConversationOfFiveOrMorePeopleIsAGroup(others: [Int32], isGroup: Bool) {
        let lines = [Line(from: 0, to: others), Line(from: others[0], to: [0] + others.dropFirst(), day: 5)]
        let totals = Self.totals(lines)
        let first = totals[100 + Int(others[0])]
        if isGroup {
            #expect(first?.groupConversations == 1 && first?.groupMessagesReceived == 1)
            #expect(first?.conversations == 0 && first?.messagesSent == 0 && first?.activeMonths.count == 0)
            // A silent member of a group is in it, but undated.
            let silent = totals[100 + Int(others[1])]
            #expect(silent == nil || (silent?.groupConversations == 1 && silent?.lastMessage == nil))
        } else {
            #expect(first?.conversations == 1 && first?.messagesSent == 1 && first?.groupConversations == 0)
        }
    }

    @Test func aConversationOpenedByADiscountedMessageIsCountedApart() {
        let totals = Self.totals([
            Line(from: 1, to: [0], day: 1, discounted: true), Line(from: 0, to: [1], day: 9),
        ])[101]
        #expect(totals?.discountedConversations == 1 && totals?.discountedMessagesReceived == 1)
        #expect(totals?.conversations == 0 && totals?.messagesSent == 0)
        #expect(totals?.firstMessage?.description == "2025-01-01" && totals?.lastMessage?.description == "2025-01-09")
        // Discounted only when the opening message is: a later one changes nothing.
        let later = Self.totals([Line(from: 1, to: [0], day: 1), Line(from: 0, to: [1], day: 9, discounted: true)])
        #expect(later[101]?.conversations == 1 && later[101]?.discountedConversations == 0)
    }

    @Test func withTheOwnerUnknownNothingCountsAsSent() {
        var unknown = Self.identities
        unknown[0] = .other
        let result = MessageRules.evidence(
            of: Self.tally([Line(from: 0, to: [1]), Line(from: 1, to: [0])]), identities: unknown)
        #expect(result.ownerSenders.isEmpty)
        let totals = result.people.first?.totals
        #expect(totals?.conversations == 1 && totals?.messagesReceived == 1)
        #expect(totals?.messagesSent == 0 && totals?.twoWayConversations == 0)
    }

    @Test func onePersonUnderTwoParticipantsIsOneEntry() {
        var identities = Self.identities
        identities[7] = .connection(101)  // the same connection, by name
        let result = MessageRules.evidence(
            of: Self.tally([Line(from: 1, to: [0]), Line(from: 0, to: [7]), Line(from: 7, to: [0])]),
            identities: identities)
        #expect(result.people.count == 1)
        #expect(result.people.first?.totals.messagesReceived == 2 && result.people.first?.totals.messagesSent == 1)
    }

    /// Someone known only by a name several connections share (strangers 7 and 8 here, both
    /// "alex kim": one by sender URL, one by name in `TO`) is one person of the conversation
    /// and gets its evidence under that name; a stranger with no shared name gets none.
    @Test func aSharedNameIsTalliedUnderTheNameAsOnePerson() throws {
        let lines = [Line(from: 0, to: [8], day: 3, words: 12), Line(from: 7, to: [0], day: 4, words: 5)]
        let result = MessageRules.evidence(
            of: Self.tally(lines), identities: Self.identities, sharedNames: [7: "alex kim", 8: "alex kim"])
        #expect(result.people.isEmpty)
        #expect(result.namesakes.count == 1)
        let totals = try #require(result.namesakes.first { $0.name == "alex kim" }?.totals)
        #expect(totals.conversations == 1 && totals.twoWayConversations == 1)
        #expect(totals.messagesSent == 1 && totals.messagesReceived == 1)
        #expect(totals.wordsSent == 12 && totals.wordsReceived == 5)
        #expect(MessageRules.evidence(of: Self.tally(lines), identities: Self.identities).namesakes.isEmpty)
    }

    /// Everyone by one shared name in a conversation is one person of its size: the owner,
    /// two connections and "alex kim" twice (by URL and by name) are four people, not a group
    /// of five as two strangers would make them.
    @Test func aSharedNameIsOnePersonOfTheConversationsSize() {
        let lines = [Line(from: 0, to: [1, 2, 8]), Line(from: 1, to: [0, 2, 8]), Line(from: 7, to: [0, 1, 2])]
        let strangers = MessageRules.evidence(of: Self.tally(lines), identities: Self.identities)
        #expect(strangers.people.count == 2 && strangers.people.allSatisfy { $0.totals.groupConversations == 1 })
        let namesakes = MessageRules.evidence(
            of: Self.tally(lines), identities: Self.identities, sharedNames: [7: "alex kim", 8: "alex kim"])
        #expect(namesakes.people.count == 2 && namesakes.people.allSatisfy { $0.totals.conversations == 1 })
        #expect(namesakes.namesakes.first?.totals.conversations == 1)
        #expect(namesakes.namesakes.first?.totals.messagesReceived == 1)
    }

    /// (folder, draft, conversation title, the reason the row is left out).
    @Test(arguments: [
        ("SPAM", "", "", ExclusionReason?.some(.spamFolder)), ("INBOX", "Yes", "", .draft),
        ("INBOX", "true", "", .draft), ("INBOX", "No", "Sponsored Conversation", .sponsoredConversation),
        ("INBOX", "No", "Lunch", nil), ("SENT", "", "", nil),
    ])
    func spamDraftsAndAdvertsAreLeftOut(folder: String, draft: String, title: String, reason: ExclusionReason?) {
        let found = Array(folder.utf8).withUnsafeBufferPointer { folder in
            Array(draft.utf8).withUnsafeBufferPointer { draft in
                Array(title.utf8).withUnsafeBufferPointer { title in
                    MessageRules.exclusion(folder: folder, draft: draft, conversationTitle: title)
                }
            }
        }
        #expect(found == reason)
    }
}
