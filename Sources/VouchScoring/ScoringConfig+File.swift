import Foundation
import VouchIO

extension ScoringConfig {
    /// Reads a config file (`--config`): the defaults with the file's settings laid over them.
    /// Every mistake is an error naming the line and column and what was expected there:
    /// broken JSON, an unknown section or setting (typos must not pass silently), a setting
    /// given twice, a value that is not a number, a fraction where a whole number belongs, a
    /// value outside the setting's range (``ScoringConfig/range(section:setting:)``).
    public static func load(path: String) throws -> ScoringConfig {
        var bytes = [UInt8](try InputFile.read(path, what: "scoring config"))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        func mistake(at offset: Int, _ reason: String) -> InputError {
            let (line, column) = ConfigJSON.position(of: offset, in: bytes)
            return .invalidAt(path: path, line: line, column: column, reason: reason)
        }
        if bytes.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw InputError.invalid(
                path: path, line: nil,
                reason: "the file is empty; a config is a JSON object such as {\"thresholds\": {\"dunbarLimit\": 200}}."
            )
        }
        let document: ConfigJSON
        do {
            document = try ConfigJSON.parse(bytes)
        } catch {
            throw mistake(at: error.offset, "expected " + error.expected + ".")
        }
        guard case .object(let sections) = document else {
            throw mistake(
                at: 0, "expected a JSON object with \"weights\" and/or \"thresholds\", found \(document.kindName).")
        }
        let defaults = settings()
        var given: [String: [String: String]] = [:]
        for section in sections {
            guard let known = defaults.first(where: { $0.section == section.name })?.settings else {
                let names = defaults.map(\.section).joined(separator: " or ")
                throw mistake(at: section.nameOffset, "unknown section \"\(section.name)\"; expected \(names).")
            }
            guard case .object(let members) = section.value else {
                throw mistake(
                    at: section.valueOffset,
                    "expected an object of settings for \"\(section.name)\", found \(section.value.kindName).")
            }
            for member in members {
                let name = section.name + "." + member.name
                guard let setting = known.first(where: { $0.name == member.name }) else {
                    let names = known.map(\.name).sorted().joined(separator: ", ")
                    throw mistake(at: member.nameOffset, "unknown setting \"\(name)\"; known: \(names).")
                }
                guard given[section.name]?[member.name] == nil else {
                    throw mistake(at: member.nameOffset, "\"\(name)\" is set twice.")
                }
                let text = try setting.text(of: member.value) { found in
                    mistake(
                        at: member.valueOffset, "expected \(setting.kind.rawValue) for \"\(name)\", found \(found).")
                }
                if let range = range(section: section.name, setting: member.name),
                    let value = Double(text), !range.contains(value)
                {
                    throw mistake(
                        at: member.valueOffset,
                        "\"\(name)\" is \(text), outside its range: it takes \(Self.describe(range, kind: setting.kind))."
                    )
                }
                given[section.name, default: [:]][member.name] = text
            }
        }
        // The defaults with what was given laid over them, by name, read back as a config.
        let merged =
            "{"
            + defaults.map { section in
                "\"\(section.section)\":{"
                    + section.settings.map { "\"\($0.name)\":\(given[section.section]?[$0.name] ?? $0.value)" }
                    .joined(separator: ",") + "}"
            }.joined(separator: ",") + "}"
        do {
            return try JSONDecoder().decode(ScoringConfig.self, from: Data(merged.utf8))
        } catch {
            throw InputError.invalid(path: path, line: nil, reason: "not a valid scoring config (\(error)).")
        }
    }

    /// The values a setting may take; nil for a name that is no setting. Every weight takes
    /// 0 to 1 (the contributions are summed, then capped at 1); each threshold takes what
    /// makes sense for what it counts: at least 1 where 0 would make every tie pass or fail
    /// the rule (a dormancy of 0 days), 0 where it is a choice (no new-connection wait), and
    /// at most a lifetime's worth.
    public static func range(section: String, setting: String) -> ClosedRange<Double>? {
        switch section {
        case "weights":
            return Mirror(reflecting: Weights()).children.contains { $0.label == setting } ? 0...1 : nil
        case "thresholds":
            return thresholdRanges[setting]
        default:
            return nil
        }
    }

    /// The range of each threshold. A lifetime is 100 years: 36,500 days, 1,200 months.
    private static let thresholdRanges: [String: ClosedRange<Double>] = [
        "sustainedMessages": 1...100_000,
        "sustainedEachWay": 1...100_000,
        "sustainedMonths": 1...1_200,
        "currentColleagueFactor": 1...100,
        "dormantAfterDays": 1...36_500,
        "recentWithinDays": 1...36_500,
        "volumeSaturation": 1...100_000,
        "monthsSaturation": 1...1_200,
        "newConnectionDays": 0...36_500,
        "dunbarLimit": 1...1_000_000,
        "substanceWordsEachWay": 0...1_000_000,
        "substanceWords": 0...1_000_000,
        "substanceOccasions": 1...1_200,
        "ritualDays": 0...36_500,
    ]

    /// A range as the error says it: "a whole number from 1 to 36500", "a number from 0 to 1".
    private static func describe(_ range: ClosedRange<Double>, kind: Setting.Kind) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
        }
        return "\(kind.rawValue) from \(number(range.lowerBound)) to \(number(range.upperBound))"
    }

    /// One setting: its name, its default as JSON text, and what it takes.
    private struct Setting {
        enum Kind: String {
            case whole = "a whole number"
            case number = "a number"
            case flag = "true or false"
        }

        let name: String
        let value: String
        let kind: Kind

        /// The JSON text of a given value, when it is of the setting's kind; else the error
        /// `mismatch` makes of what was found.
        func text(of given: ConfigJSON, mismatch: (String) -> InputError) throws -> String {
            switch (kind, given) {
            case (.whole, .number(let text, let isWhole)):
                guard isWhole, Int(text) != nil else { throw mismatch(text) }
                return text
            case (.number, .number(let text, _)):
                guard Double(text)?.isFinite == true else { throw mismatch(text) }
                return text
            case (.flag, .bool(let value)):
                return value ? "true" : "false"
            default:
                throw mismatch(given.kindName)
            }
        }
    }

    /// Every section and setting with its default, read off the defaults themselves, so a
    /// setting added to the model can be configured without changing this file.
    private static func settings() -> [(section: String, settings: [Setting])] {
        Mirror(reflecting: ScoringConfig()).children.compactMap { section in
            guard let name = section.label else { return nil }
            let settings = Mirror(reflecting: section.value).children.compactMap { child -> Setting? in
                guard let label = child.label else { return nil }
                switch child.value {
                case let whole as Int: return Setting(name: label, value: String(whole), kind: .whole)
                case let number as Double: return Setting(name: label, value: "\(number)", kind: .number)
                case let flag as Bool: return Setting(name: label, value: flag ? "true" : "false", kind: .flag)
                default: return nil
                }
            }
            return (name, settings)
        }
    }
}
