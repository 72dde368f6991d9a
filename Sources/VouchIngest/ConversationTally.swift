import VouchDates

/// One conversation as read so far: who is in it, what each sender wrote, the months and the
/// first and last day it spans, and whether its opening message marks it as discounted.
struct ConversationTally {
    var members: [Int32] = []
    var senders: [SenderTally] = []
    var months: [Int32] = []
    var first = Int32.max
    var last = Int32.min
    /// True when the message that opened the conversation (the earliest) marks it as
    /// discounted (see ``ConversationKind``).
    var openerDiscounted = false
    /// The month of the last row added, already in `months`: a conversation's rows mostly
    /// fall in few months, so a row's month is worked out only when it leaves this one.
    private var month: (index: Int32, first: Int32, last: Int32) = (0, 1, 0)

    mutating func add(
        sender: Int32, recipients: ArraySlice<Int32>, date: CalendarDay, words: Int32, discounted: Bool
    ) {
        if !members.contains(sender) { members.append(sender) }
        for member in recipients where !members.contains(member) { members.append(member) }
        let day = date.ordinal
        noteOpener(day, discounted)
        first = min(first, day)
        last = max(last, day)
        if day < month.first || day > month.last {
            month = date.month
            if !months.contains(month.index) { months.append(month.index) }
        }
        add(SenderTally(participant: sender, messages: 1, words: words, first: day, last: day))
    }

    /// Keeps whether the earliest message so far marks the conversation as discounted
    /// (any of the messages of its first day does).
    private mutating func noteOpener(_ day: Int32, _ discounted: Bool) {
        if day < first {
            openerDiscounted = discounted
        } else if day == first && discounted {
            openerDiscounted = true
        }
    }

    /// Adds the rows of the same conversation tallied elsewhere (the other half of a file).
    mutating func merge(_ other: ConversationTally) {
        for member in other.members where !members.contains(member) { members.append(member) }
        for month in other.months where !months.contains(month) { months.append(month) }
        if other.first < .max { noteOpener(other.first, other.openerDiscounted) }
        first = min(first, other.first)
        last = max(last, other.last)
        for theirs in other.senders { add(theirs) }
    }

    private mutating func add(_ theirs: SenderTally) {
        guard let slot = senders.firstIndex(where: { $0.participant == theirs.participant }) else {
            senders.append(theirs)
            return
        }
        senders[slot].add(theirs)
    }

    /// Empties the tally for the next conversation, keeping its storage.
    mutating func reset() {
        members.removeAll(keepingCapacity: true)
        senders.removeAll(keepingCapacity: true)
        months.removeAll(keepingCapacity: true)
        month = (0, 1, 0)
        first = .max
        last = .min
        openerDiscounted = false
    }

    /// The same tally with participants renumbered.
    func renumbered(_ ids: [Int32]) -> ConversationTally {
        var copy = self
        copy.members = members.map { ids[Int($0)] }
        for index in copy.senders.indices { copy.senders[index].participant = ids[Int(senders[index].participant)] }
        return copy
    }
}
