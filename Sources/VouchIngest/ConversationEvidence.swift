/// What one finished conversation adds to the evidence (``MessageRules/evidence(of:identities:sharedNames:into:)``):
/// each connection in it with their message evidence from it, the same for each name several
/// connections share, and how many messages the owner sent under each of the owner's participants.
struct ConversationEvidence: Equatable {
    /// One entry per connection in the conversation (a person under two keys, a URL as sender
    /// and a name as recipient, is one entry), in the order they joined it.
    var people: [Person] = []
    /// One entry per name several connections share that someone in the conversation is
    /// known only by, in the order they joined it (see ``SharedNameMessages``).
    var namesakes: [Namesake] = []
    /// The owner's participants that wrote in the conversation, with how many messages each.
    var ownerSenders: [OwnerSender] = []

    /// A connection, what they wrote in the conversation, and what it says about them.
    struct Person: Equatable {
        var connection: Int
        /// Their messages, under any of their participants.
        var wrote: SenderTally
        var totals = MessageTotals()
    }

    /// Someone known only by a name several connections share (folded), what they wrote in
    /// the conversation, and what it says about them.
    struct Namesake: Equatable {
        var name: String
        var wrote: SenderTally
        var totals = MessageTotals()
    }

    /// One of the owner's participants and the messages the owner sent as them.
    struct OwnerSender: Equatable {
        var participant: Int32
        var messages: Int
    }

    /// Empties the lists, keeping their storage.
    mutating func removeAll() {
        people.removeAll(keepingCapacity: true)
        namesakes.removeAll(keepingCapacity: true)
        ownerSenders.removeAll(keepingCapacity: true)
    }
}
