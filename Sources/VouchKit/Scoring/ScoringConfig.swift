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
    }

    public var weights = Weights()
    public var thresholds = Thresholds()

    public init() {}

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        weights = try container.decodeIfPresent(Weights.self, forKey: .weights) ?? Weights()
        thresholds = try container.decodeIfPresent(Thresholds.self, forKey: .thresholds) ?? Thresholds()
    }

    /// Reads a config file; unknown keys are an error so typos do not pass silently.
    public static func load(path: String) throws -> ScoringConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError.notFound(path: path, what: "scoring config")
        }
        do {
            try checkKeys(data, path: path)
            return try JSONDecoder().decode(ScoringConfig.self, from: data)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError.invalid(path: path, line: nil, reason: "not a valid scoring config (\(error))")
        }
    }

    private static func checkKeys(_ data: Data, path: String) throws {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw InputError.invalid(
                path: path, line: nil, reason: "expected a JSON object with \"weights\" and/or \"thresholds\"")
        }
        let known: [String: Set<String>] = [
            "weights": Set(Mirror(reflecting: Weights()).children.compactMap(\.label)),
            "thresholds": Set(Mirror(reflecting: Thresholds()).children.compactMap(\.label)),
        ]
        for (key, value) in root {
            guard let allowed = known[key] else {
                throw InputError.invalid(
                    path: path, line: nil, reason: "unknown section \"\(key)\" (expected weights, thresholds)")
            }
            for inner in (value as? [String: Any] ?? [:]).keys where !allowed.contains(inner) {
                throw InputError.invalid(
                    path: path, line: nil,
                    reason: "unknown setting \"\(key).\(inner)\"; known: \(allowed.sorted().joined(separator: ", "))")
            }
        }
    }
}

extension ScoringConfig.Weights {
    public init(from decoder: Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value(_ key: CodingKeys, _ current: Double) throws -> Double {
            try container.decodeIfPresent(Double.self, forKey: key) ?? current
        }
        twoWayExchange = try value(.twoWayExchange, twoWayExchange)
        messageVolume = try value(.messageVolume, messageVolume)
        monthsActive = try value(.monthsActive, monthsActive)
        recommendation = try value(.recommendation, recommendation)
        mutualEndorsement = try value(.mutualEndorsement, mutualEndorsement)
        oneWayEndorsement = try value(.oneWayEndorsement, oneWayEndorsement)
        invitationNote = try value(.invitationNote, invitationNote)
        formerColleague = try value(.formerColleague, formerColleague)
        currentColleague = try value(.currentColleague, currentColleague)
        groupConversation = try value(.groupConversation, groupConversation)
        recentInteraction = try value(.recentInteraction, recentInteraction)
        addressBook = try value(.addressBook, addressBook)
        addressBookPhone = try value(.addressBookPhone, addressBookPhone)
    }
}

extension ScoringConfig.Thresholds {
    public init(from decoder: Decoder) throws {
        self.init()
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func value(_ key: CodingKeys, _ current: Int) throws -> Int {
            try container.decodeIfPresent(Int.self, forKey: key) ?? current
        }
        sustainedMessages = try value(.sustainedMessages, sustainedMessages)
        sustainedEachWay = try value(.sustainedEachWay, sustainedEachWay)
        sustainedMonths = try value(.sustainedMonths, sustainedMonths)
        currentColleagueFactor = try value(.currentColleagueFactor, currentColleagueFactor)
        dormantAfterDays = try value(.dormantAfterDays, dormantAfterDays)
        recentWithinDays = try value(.recentWithinDays, recentWithinDays)
        volumeSaturation = try value(.volumeSaturation, volumeSaturation)
        monthsSaturation = try value(.monthsSaturation, monthsSaturation)
        newConnectionDays = try value(.newConnectionDays, newConnectionDays)
        dunbarLimit = try value(.dunbarLimit, dunbarLimit)
    }
}
