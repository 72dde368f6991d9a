import Foundation
import Testing

@testable import VouchIO
@testable import VouchReport
@testable import VouchVetting

/// A reply to a long list asks about its doubtful names by count, not by naming hundreds;
/// and a JSON file (a vouch report passed by mistake) is no list of people.
struct LongListReplyTests {
    func draft(ambiguous: Int, misspelt: Int) -> String? {
        ReplyDraft(
            requester: nil, listed: 40, can: ["Maya Okafor"], askWhy: [], lapsed: [],
            ambiguous: (0..<ambiguous).map { "Person \($0)" }, blind: [], strangers: [],
            misspelt: (0..<misspelt).map { (written: "Persen \($0)", meant: ["Person \($0)"]) }, unresolved: []
        ).text(hi: "Hi, ", name: nil)
    }

    @Test func manyDoubtfulNamesAreCounted() throws {
        let reply = try #require(draft(ambiguous: 12, misspelt: 9))
        #expect(reply.contains("12 of the names on your list fit more than one person I know"))
        #expect(reply.contains("Could you check the spelling of 9 of the names on your list?"))
        #expect(!reply.contains("Person 11"))
        #expect(!reply.contains("Persen 8"))
    }

    @Test func aFewAreStillNamed() throws {
        let reply = try #require(draft(ambiguous: 2, misspelt: 1))
        #expect(
            reply.contains("I know more than one person called each of Person 0 and Person 1: which ones do you mean?"))
        #expect(reply.contains("When you wrote Persen 0, did you mean Person 0?"))
    }

    @Test func aJSONFileIsNoList() {
        let report = Data(#"{"schemaVersion": 1, "targets": [{"query": {"name": "Pat Quinn"}}]}"#.utf8)
        for name in ["vet.json", "report.txt"] {
            #expect(throws: InputError.self, "\(name)") { try RequestListReader.parse(data: report, name: name) }
        }
        // A markdown link opening a line is still a list.
        let markdown = Data("[Pat Quinn](https://www.linkedin.com/in/pat-quinn)\n".utf8)
        #expect((try? RequestListReader.parse(data: markdown, name: "list.md"))?.entries.count == 1)
    }
}
