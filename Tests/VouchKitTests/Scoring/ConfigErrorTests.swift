import Foundation
import Testing

@testable import VouchScoring
@testable import VouchIO

/// A config file with a mistake gets one message naming the file, the line and column, and
/// what was expected there: never the JSON parser's own error text.
struct ConfigErrorTests {
    static let cases: [(text: String, message: String)] = [
        ("", "c.json: the file is empty; a config is a JSON object such as {\"thresholds\": {\"dunbarLimit\": 200}}."),
        (
            "\n \n",
            "c.json: the file is empty; a config is a JSON object such as {\"thresholds\": {\"dunbarLimit\": 200}}."
        ),
        ("{\"thresholds\": {\"sustainedMessages\": 10,}}", "c.json:1:41: expected a name in double quotes, found '}'."),
        (
            "{\n  \"weights\": {\n    \"recommendation\": 0.5\n  },\n  \"thresholds\": {\"dunbarLimit\": 1.5}\n}",
            "c.json:5:33: expected a whole number for \"thresholds.dunbarLimit\", found 1.5."
        ),
        (
            "{\"thresholds\": {\"sustainedMessages\": \"ten\"}}",
            "c.json:1:38: expected a whole number for \"thresholds.sustainedMessages\", found text."
        ),
        (
            "{\"weights\": {\"recommendation\": true}}",
            "c.json:1:32: expected a number for \"weights.recommendation\", found true or false."
        ),
        ("{\"weight\": {}}", "c.json:1:2: unknown section \"weight\"; expected weights or thresholds."),
        ("[1]", "c.json:1:1: expected a JSON object with \"weights\" and/or \"thresholds\", found a list."),
        (
            "{\"weights\": {\"recommendation\": 0.5} \"x\"",
            "c.json:1:37: expected ',' or '}' after the value of \"weights\", found '\"'."
        ),
        (
            "{\"thresholds\": {\"dunbarLimit\": 200, \"dunbarLimit\": 100}}",
            "c.json:1:37: \"thresholds.dunbarLimit\" is set twice."
        ),
        ("{\"weights\": 3}", "c.json:1:13: expected an object of settings for \"weights\", found a number."),
        ("{\"weights\": {}} x", "c.json:1:17: expected the end of the file after the closing }."),
        ("{\"wéights\": {}}", "c.json:1:2: unknown section \"wéights\"; expected weights or thresholds."),
        (
            "{\n\"weights\": {\"recommendation\": 1e999}}",
            "c.json:2:31: expected a number for \"weights.recommendation\", found 1e999."
        ),
        (
            "{\"thresholds\": {\"dormantAfterDays\": -5}}",
            "c.json:1:37: \"thresholds.dormantAfterDays\" is -5, outside its range: it takes a whole number from 1 to 36500."
        ),
        (
            "{\n  \"thresholds\": {\n    \"newConnectionDays\": 99999999999\n  }\n}",
            "c.json:3:26: \"thresholds.newConnectionDays\" is 99999999999, outside its range: it takes a whole number from 0 to 36500."
        ),
        (
            "{\"thresholds\": {\"sustainedMessages\": 0}}",
            "c.json:1:38: \"thresholds.sustainedMessages\" is 0, outside its range: it takes a whole number from 1 to 100000."
        ),
        (
            "{\"weights\": {\"addressBook\": -0.1}}",
            "c.json:1:29: \"weights.addressBook\" is -0.1, outside its range: it takes a number from 0 to 1."
        ),
        (
            "{\"weights\": {\"recommendation\": 1.5}}",
            "c.json:1:32: \"weights.recommendation\" is 1.5, outside its range: it takes a number from 0 to 1."
        ),
        (
            "{\"weights\": {\"recommendation\": \"0.5}}",
            "c.json:1:32: expected a closing '\"' for the text that starts here."
        ),
    ]

    @Test(arguments: 0..<cases.count)
    func aMistakeIsNamedWithLineAndColumn(_ index: Int) throws {
        let (text, message) = Self.cases[index]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("c.json").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        do {
            _ = try ScoringConfig.load(path: path)
            Issue.record("no error for \(text)")
        } catch let error as InputError {
            #expect(error.message == folder.path + "/" + message)
        }
    }

    /// Every setting has a range that holds its default; one past either end of it is refused,
    /// each end itself is taken.
    @Test func everySettingHasARangeAndItsEndsAreKept() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        for section in Mirror(reflecting: ScoringConfig()).children {
            let sectionName = try #require(section.label)
            for setting in Mirror(reflecting: section.value).children {
                let name = try #require(setting.label)
                let value = try #require((setting.value as? Int).map(Double.init) ?? setting.value as? Double)
                let range = try #require(ScoringConfig.range(section: sectionName, setting: name), "\(name)")
                #expect(range.contains(value), "the default of \(name)")
                let step = setting.value is Int ? 1.0 : 0.01
                for (given, accepted) in [
                    (range.lowerBound - step, false), (range.lowerBound, true), (range.upperBound, true),
                    (range.upperBound + step, false),
                ] {
                    let text = setting.value is Int ? String(Int(given)) : "\(given)"
                    try Data("{\"\(sectionName)\": {\"\(name)\": \(text)}}".utf8).write(to: URL(fileURLWithPath: path))
                    let loaded = try? ScoringConfig.load(path: path)
                    #expect((loaded != nil) == accepted, "\(sectionName).\(name) = \(text)")
                }
            }
        }
    }

    @Test func aValidFileStillOverridesOnlyWhatItNames() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("\u{FEFF}{ \"weights\": {\"recommendation\": 5e-1}, \"thresholds\": {\"dunbarLimit\": 1} }\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let config = try ScoringConfig.load(path: path)
        var expected = ScoringConfig()
        expected.weights.recommendation = 0.5
        expected.thresholds.dunbarLimit = 1
        #expect(config == expected)
    }
}
