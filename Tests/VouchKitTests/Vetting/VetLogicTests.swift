import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// What a list says about a person that is not what the export says, and how the reply
/// names people and signs.
struct VetLogicTests {
    func vet(_ text: String, requester: String? = nil, analysis: Analysis = VetterTests.analysis) throws -> VetResult {
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "list.txt")
        return Vetter(analysis: analysis).vet(list, requester: requester)
    }

    /// A company the list gives that is not the connection's is said, never taken as
    /// "matched by name and company".
    @Test func aContradictingCompanyIsSaidNotMatched() throws {
        let result = try vet("Maya Okafor, Procter and Gamble\n")
        let target = try #require(result.targets.first)
        guard case .matched(_, _, let basis) = target.match else {
            Issue.record("not matched: \(target.match)")
            return
        }
        #expect(basis == "name")
        #expect(!target.evidence.contains { $0.contains("name and company") }, "\(target.evidence)")
        #expect(
            target.evidence.contains {
                $0.hasPrefix("matched Maya Okafor by name (")
                    && $0.hasSuffix("; the list says Procter and Gamble, your connection is at Harbor Bakery Co.")
            }, "\(target.evidence)")
        // The connection's own company still confirms.
        let confirmed = try #require(try vet("Maya Okafor, Harbor Bakery\n").targets.first)
        if case .matched(_, _, let basis) = confirmed.match { #expect(basis == "name and company") }
        #expect(!confirmed.evidence.contains { $0.contains("the list says") }, "\(confirmed.evidence)")
    }

    /// Two people of one name on the list are told apart by company in the reply, even when
    /// their verdicts differ.
    @Test func theReplyNamesNamesakesWithTheirCompany() throws {
        let result = try vet("Chris Park, Fabrikam Inc.\nChris Park, Initech\nMaya Okafor\n", requester: "Priya Natarajan")
        #expect(result.targets.map(\.verdict) == [.blind, .ambiguous, .vouch])
        let reply = ReplyMixTests.reply(result)
        #expect(reply.contains("I do not know Chris Park (Fabrikam Inc.) well enough"), "\(reply)")
        #expect(reply.contains("more than one person called Chris Park (Initech)"), "\(reply)")
    }
}
