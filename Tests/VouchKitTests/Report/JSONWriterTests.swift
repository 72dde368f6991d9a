import Foundation
import Testing

@testable import VouchReport

struct JSONWriterTests {
    /// Text that needs every kind of escape, and text that needs none beyond UTF-8.
    static let awkward = "a\"b\\c\n\r\t<b>&\u{01}\u{1F}\u{7F} é 日本 👋 \u{2028}\u{2029}"

    @Test func escapesWhatJSONAndHTMLNeedAndKeepsTheRest() throws {
        let text = JSONValue.array([.string(Self.awkward)]).serialized()
        #expect(
            text
                == "[\n  \"a\\\"b\\\\c\\n\\r\\t\\u003cb\\u003e\\u0026\\u0001\\u001f\u{7F} é 日本 👋 \\u2028\\u2029\"\n]\n")
        let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String]
        #expect(parsed == [Self.awkward])
    }

    @Test func numbersAndEmptyContainers() {
        let value = JSONValue.object([
            ("int", .int(-42)), ("whole", .double(3.0)), ("fraction", .double(0.12345)), ("none", .null),
            ("yes", .bool(true)), ("list", .array([])), ("thing", .object([])),
            ("made", .generated(count: 0) { _ in .null }),
        ])
        #expect(
            value.serialized()
                == """
                {
                  "int": -42,
                  "whole": 3,
                  "fraction": 0.123,
                  "none": null,
                  "yes": true,
                  "list": [],
                  "thing": {},
                  "made": []
                }

                """)
    }

    /// A long generated array: the sink gets the text in many chunks before the end, and the
    /// chunks put together are the text a writer without a sink makes.
    @Test func aSinkGetsTheSameTextInChunksAsItIsMade() throws {
        let value = JSONValue.object([
            ("people", .generated(count: 20_000) { .object([("name", .string("Person \($0) \(Self.awkward)"))]) })
        ])
        var received: [UInt8] = []
        var chunks = 0
        var writer = JSONWriter { chunk in
            received.append(contentsOf: chunk)
            chunks += 1
        }
        let rest = try writer.finish(value)
        #expect(rest.isEmpty)
        #expect(chunks > 10)
        #expect(String(decoding: received, as: UTF8.self) == value.serialized())
        let parsed = try JSONSerialization.jsonObject(with: Data(received)) as? [String: [[String: String]]]
        #expect(parsed?["people"]?.count == 20_000)
    }

    struct SinkFull: Error {}

    @Test func theSinksFirstErrorIsThrownAndNothingFollowsIt() {
        var calls = 0
        var writer = JSONWriter { _ in
            calls += 1
            throw SinkFull()
        }
        #expect(throws: SinkFull.self) {
            _ = try writer.finish(.generated(count: 50_000) { .string("value \($0)") })
        }
        #expect(calls == 1)
    }

    /// Masking string by string never cuts an escape in two: masking the escaped text would
    /// read `\nana@example.com` as the address `nana@example.com` and leave a bare `\`.
    @Test func redactingMasksEachStringBeforeEscaping() throws {
        let value = JSONValue.object([
            ("note", .string("call\nana@example.com & bo@example.org")),
            ("profileURL", .string("https://www.linkedin.com/in/ana-sousa")),
            ("name", .string("Ana Sousa")),
        ])
        var writer = JSONWriter(redacting: true)
        let text = try writer.finish(value)
        let parsed = try JSONSerialization.jsonObject(with: Data(text)) as? [String: String]
        #expect(parsed?["note"] == "call\n[email] & [email]")
        #expect(parsed?["profileURL"] == "[profile]")
        #expect(parsed?["name"] == "Ana Sousa")
    }
}
