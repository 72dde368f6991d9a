/// What one participant wrote in one conversation: how many messages, how many words, and
/// the first and last day.
struct SenderTally: Equatable {
    var participant: Int32
    var messages: Int32 = 0
    var words: Int32 = 0
    var first = Int32.max
    var last = Int32.min

    /// Adds another tally of the same person's messages.
    mutating func add(_ other: SenderTally) {
        messages += other.messages
        words &+= other.words
        first = min(first, other.first)
        last = max(last, other.last)
    }
}
