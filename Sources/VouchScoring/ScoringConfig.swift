import Foundation

/// The weights and thresholds of the depth model. Every field can be overridden by a JSON
/// config file (`--config`); fields left out keep their defaults. docs/MODEL.md explains each.
public struct ScoringConfig: Sendable, Codable, Equatable {
    /// Contributions to the evidence strength (summed, then capped at 1).
    public struct Weights: Sendable, Codable, Equatable {
        public var twoWayExchange = 0.30
        public var messageVolume = 0.15
        public var monthsActive = 0.15
        public var recommendation = 0.35
        public var mutualEndorsement = 0.10
        public var oneWayEndorsement = 0.04
        public var invitationNote = 0.05
        public var formerColleague = 0.08
        public var currentColleague = 0.04
        public var groupConversation = 0.03
        public var pleasantries = 0.05
        public var discountedConversation = 0.02
        public var recentInteraction = 0.05
        public var addressBook = 0.10
        public var addressBookPhone = 0.05
    }

    /// The rules that decide tiers.
    public struct Thresholds: Sendable, Codable, Equatable {
        /// Messages both ways (in small conversations) for a sustained relationship.
        public var sustainedMessages = 10
        /// Of which at least this many in each direction.
        public var sustainedEachWay = 3
        /// Distinct months with messages for a sustained relationship.
        public var sustainedMonths = 3
        /// Current co-workers need this many times the messages and months (contact frequency
        /// overstates closeness between co-workers: Marsden & Campbell 1984).
        public var currentColleagueFactor = 2
        /// No interaction for this many days makes a familiar or trusted tie dormant.
        public var dormantAfterDays = 730
        /// An interaction within this many days counts as recent.
        public var recentWithinDays = 365
        /// Message count at which the volume contribution saturates.
        public var volumeSaturation = 40
        /// Active months at which the spread contribution saturates.
        public var monthsSaturation = 12
        /// A connection younger than this many days, without a recommendation or a sustained
        /// exchange, stays nominal: a polite hello after meeting once is not yet a relationship.
        public var newConnectionDays = 90
        /// Familiar plus trusted people above this count trigger the Dunbar warning.
        public var dunbarLimit = 150
        /// The substance rule (a two-way exchange that is more than a pleasantry): the quieter
        /// side wrote at least this many words in small conversations…
        public var substanceWordsEachWay = 20
        /// …and the exchange either carried this many words in all…
        public var substanceWords = 100
        /// …or came back on this many occasions (distinct months with messages).
        public var substanceOccasions = 2
        /// Messages that all fall within this many days of connecting are one occasion: the
        /// connection-acceptance ritual ("Thanks for connecting!" / "Likewise!").
        public var ritualDays = 14
    }

    public var weights = Weights()
    public var thresholds = Thresholds()

    public init() {}
}
