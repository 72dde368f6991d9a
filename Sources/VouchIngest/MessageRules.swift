import VouchDates
import VouchIO

/// The rules about what messages mean, apart from how messages.csv is read: which rows are
/// left out of scoring, and what one finished conversation says about each connection in it.
/// ``MessageFolder`` calls them while it streams the file; nothing here reads or keeps state.
///
/// - A row in the spam folder, a draft, or a row of a `Sponsored Conversation` (an advert) is
///   left out, counted under its ``ExclusionReason``.
/// - A conversation of ``groupSize`` people or more (the owner, connections and anyone else)
///   is a group: each connection in it gets a group conversation and the messages they wrote
///   there, dated by their own messages.
/// - A small conversation opened by a discounted message (``ConversationKind``) is counted
///   apart, like a group, dated by the conversation when anyone wrote.
/// - Any other conversation is 1:1 (or a small group): each connection in it gets the owner's
///   messages and words as sent, their own as received, the conversation's months and dates,
///   and a two-way conversation when both sides wrote.
/// - Someone known only by a name several connections share counts towards the conversation's
///   size and gets the same evidence under that name (``SharedNameMessages``): everyone by
///   that name in one conversation is one person.
/// - Only the owner's messages count as sent: with the owner unknown, nothing is.
enum MessageRules {
    /// Conversations with this many people or more count as group threads (4Degrees' rule;
    /// see docs/MODEL.md).
    static let groupSize = 5

    /// Why a row is left out of scoring, from its folder, its draft flag and its conversation
    /// title; nil for a row that counts.
    static func exclusion(folder: Field, draft: Field, conversationTitle: Field) -> ExclusionReason? {
        if ByteScan.equalsIgnoringCase(folder, "spam") { return .spamFolder }
        if ByteScan.equalsIgnoringCase(draft, "yes") || ByteScan.equalsIgnoringCase(draft, "true") { return .draft }
        if ByteScan.equalsIgnoringCase(conversationTitle, "sponsored conversation") { return .sponsoredConversation }
        return nil
    }

    /// What a finished conversation says about each connection in it, given who each of its
    /// participants is.
    /// `sharedNames` gives, for each participant who is no connection but has a name several
    /// connections share, that folded name.
    static func evidence(
        of tally: ConversationTally, identities: [ParticipantTable.Identity], sharedNames: [Int32: String] = [:]
    ) -> ConversationEvidence {
        var result = ConversationEvidence()
        evidence(of: tally, identities: identities, sharedNames: sharedNames, into: &result)
        return result
    }

    /// ``evidence(of:identities:sharedNames:)`` into `result`, whose storage is reused.
    static func evidence(
        of tally: ConversationTally, identities: [ParticipantTable.Identity], sharedNames: [Int32: String] = [:],
        into result: inout ConversationEvidence
    ) {
        result.removeAll()
        var ownerSent = 0
        var ownerWords = 0
        for sender in tally.senders where identities[Int(sender.participant)] == .owner {
            ownerSent += Int(sender.messages)
            ownerWords += Int(sender.words)
            result.ownerSenders.append(.init(participant: sender.participant, messages: Int(sender.messages)))
        }
        // One person may appear under two keys (a URL as sender, a name as recipient): merge
        // them by who they resolve to before counting.
        var strangers = 0
        for member in tally.members {
            let identity = identities[Int(member)]
            if identity == .owner { continue }
            guard case .connection(let index) = identity else {
                if !sharedNames.isEmpty, let name = sharedNames[member] {
                    noteNamesake(name, member, in: tally, into: &result)
                } else {
                    strangers += 1
                }
                continue
            }
            let slot = result.people.firstIndex { $0.connection == index } ?? result.people.endIndex
            if slot == result.people.endIndex {
                result.people.append(.init(connection: index, wrote: SenderTally(participant: member)))
            }
            if let theirs = tally.senders.first(where: { $0.participant == member }) {
                result.people[slot].wrote.add(theirs)
            }
        }
        let isGroup = result.people.count + result.namesakes.count + strangers + 1 >= groupSize
        let discounted = !isGroup && tally.openerDiscounted
        for slot in result.people.indices {
            record(
                result.people[slot].wrote, in: tally, isGroup: isGroup, discounted: discounted, ownerSent: ownerSent,
                ownerWords: ownerWords, into: &result.people[slot].totals)
        }
        for slot in result.namesakes.indices {
            record(
                result.namesakes[slot].wrote, in: tally, isGroup: isGroup, discounted: discounted,
                ownerSent: ownerSent, ownerWords: ownerWords, into: &result.namesakes[slot].totals)
        }
    }

    /// Adds participant `member`, known only by `name` that several connections share, to
    /// the result's namesakes: by their sender URL or by their name in `TO`, they are one person.
    private static func noteNamesake(
        _ name: String, _ member: Int32, in tally: ConversationTally, into result: inout ConversationEvidence
    ) {
        let slot = result.namesakes.firstIndex { $0.name == name } ?? result.namesakes.endIndex
        if slot == result.namesakes.endIndex {
            result.namesakes.append(.init(name: name, wrote: SenderTally(participant: member)))
        }
        if let theirs = tally.senders.first(where: { $0.participant == member }) {
            result.namesakes[slot].wrote.add(theirs)
        }
    }

    /// One conversation with one connection (`theirs`: what they wrote) as their evidence.
    private static func record(
        _ theirs: SenderTally, in tally: ConversationTally, isGroup: Bool, discounted: Bool, ownerSent: Int,
        ownerWords: Int, into record: inout MessageTotals
    ) {
        let received = Int(theirs.messages)
        if discounted {
            record.discountedConversations += 1
            record.discountedMessagesReceived += received
            if theirs.messages > 0 || ownerSent > 0 {
                record.lastMessage = CalendarDay.latest(record.lastMessage, CalendarDay(ordinal: tally.last))
                record.firstMessage = CalendarDay.earliest(record.firstMessage, CalendarDay(ordinal: tally.first))
            }
        } else if !isGroup {
            record.conversations += 1
            record.messagesSent += ownerSent
            record.messagesReceived += received
            record.wordsSent += ownerWords
            record.wordsReceived += Int(theirs.words)
            record.activeMonths.formUnion(tally.months)
            record.firstMessage = CalendarDay.earliest(record.firstMessage, CalendarDay(ordinal: tally.first))
            record.lastMessage = CalendarDay.latest(record.lastMessage, CalendarDay(ordinal: tally.last))
            if ownerSent > 0 && received > 0 { record.twoWayConversations += 1 }
        } else {
            record.groupConversations += 1
            record.groupMessagesReceived += received
            if theirs.messages > 0 {
                record.lastMessage = CalendarDay.latest(record.lastMessage, CalendarDay(ordinal: theirs.last))
                record.firstMessage = CalendarDay.earliest(record.firstMessage, CalendarDay(ordinal: theirs.first))
            }
        }
    }
}
