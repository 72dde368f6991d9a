import VouchDates
import VouchIngest

/// Whether a two-way exchange is more than a pleasantry: the substance rule of docs/MODEL.md.
///
/// Tie strength grows with what is exchanged and how often, not with the mere fact of a reply
/// (Granovetter 1973; Gilbert & Karahalios 2009 found words exchanged among the strongest
/// predictors). "Thanks for connecting!" / "Likewise!" is a reply, but not a relationship.
/// An exchange is substantive when the quieter side wrote at least `substanceWordsEachWay`
/// words and either the exchange came back on `substanceOccasions` separate occasions
/// (distinct months) or it carried `substanceWords` words in all. Messages that all fall
/// within `ritualDays` of connecting are one occasion: the connection-acceptance ritual.
enum Substance: Equatable {
    /// No two-way exchange in small conversations.
    case none
    /// A two-way exchange below the bar; `whenConnecting` when it lies within days of connecting.
    case pleasantries(whenConnecting: Bool)
    /// A two-way exchange with substance.
    case substantive

    init(_ evidence: ConnectionEvidence, connectedOn: CalendarDay?, limits: ScoringConfig.Thresholds) {
        guard evidence.messages.twoWayConversations > 0 else {
            self = .none
            return
        }
        let whenConnecting = Self.isRitual(evidence, connectedOn: connectedOn, days: limits.ritualDays)
        let occasions = whenConnecting ? 1 : evidence.messages.activeMonths.count
        let eachWay = min(evidence.messages.wordsSent, evidence.messages.wordsReceived)
        let words = evidence.messages.wordsSent + evidence.messages.wordsReceived
        if eachWay >= limits.substanceWordsEachWay
            && (occasions >= limits.substanceOccasions || words >= limits.substanceWords)
        {
            self = .substantive
        } else {
            self = .pleasantries(whenConnecting: whenConnecting)
        }
    }

    /// True when every message in small conversations lies within `days` of connecting.
    static func isRitual(_ evidence: ConnectionEvidence, connectedOn: CalendarDay?, days: Int) -> Bool {
        guard let connectedOn, let first = evidence.messages.firstMessage, let last = evidence.messages.lastMessage
        else {
            return false
        }
        return abs(connectedOn.days(until: first)) <= days && abs(connectedOn.days(until: last)) <= days
    }
}
