import Foundation
import Testing

@testable import VouchKit
@testable import VouchIO

/// A config file with a mistake gets one message naming the file, the line and column, and
/// what was expected there: never the JSON parser's own error text.
struct ConfigErrorTests {
    static let cases: [(text: String, message: String)] = [
        ("", "c.json:1:1: expected a JSON object such as {\"thresholds\": {\"dunbarLimit\": 200}}."),
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

    @Test func aValidFileStillOverridesOnlyWhatItNames() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data("\u{FEFF}{ \"weights\": {\"recommendation\": 5e-1}, \"thresholds\": {\"dunbarLimit\": -1} }\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        let config = try ScoringConfig.load(path: path)
        var expected = ScoringConfig()
        expected.weights.recommendation = 0.5
        expected.thresholds.dunbarLimit = -1
        #expect(config == expected)
    }
}
