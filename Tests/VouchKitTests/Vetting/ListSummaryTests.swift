import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchReport

/// The list's one-sentence verdict agrees with its patterns and follows from what is wrong.
struct ListSummaryTests {
    func vet(_ text: String, requester: String? = nil) throws -> VetResult {
        try TestLists.vet(text, requester: requester)
    }

    @Test func twoTrustedWithoutReasonsSaySoAndNoZeroShare() throws {
        let result = try vet("Maya Okafor\nTomás Rivera\n")
        #expect(result.targets.map(\.verdict) == [.vouch, .vouch])
        #expect(result.verdict == .mixed)
        #expect(!result.summary.contains("0 of"), "\(result.summary)")
        #expect(!result.summary.contains("blind"), "\(result.summary)")
        #expect(
            result.summary
                == "Mixed: both people on this list are ones you could introduce, but no reason is given for Maya Okafor and Tomás Rivera: ask the requester why each of them."
        )
        let one = try vet("Maya Okafor\nMaya Okafor\n")
        #expect(
            !one.summary.contains("0 of")
                && one.summary.contains("no reason is given why Maya Okafor: ask the requester"), "\(one.summary)")
        #expect(!one.signals.contains { $0.summary.contains("0 of") })
    }

    @Test func theHeadlineSaysWhatThePatternSaysAboutReasons() throws {
        let result = try vet(
            "Ingrid Halvorsen\nJulia Novak\nMaya Okafor — a bakery lead\nBob Kowalski\nBen Carter\n",
            requester: "Pat Quinn")
        let pattern = try #require(result.signals.first { $0.id == "missing-reasons" })
        #expect(pattern.summary.hasPrefix("4 of the 5 come with no reason"))
        #expect(result.verdict == .mixed)
        #expect(result.summary.contains("4 of the 5 come with no reason"), "\(result.summary)")
        #expect(!result.summary.contains("it gives no reasons"))
    }

    @Test func aRequesterWhoIsNotAConnectionIsSaidOnceAndAsSuch() throws {
        let result = try vet("Ingrid Halvorsen\nJulia Novak\nMaya Okafor\n", requester: "Casey Nobody")
        #expect(result.requester?.match == MatchOutcome.none)
        #expect(result.summary.contains("the requester is not one of your connections"), "\(result.summary)")
        #expect(!result.summary.contains("barely knows you"))
        let markdown = VetReport.markdown(result)
        #expect(markdown.components(separatedBy: "not found among your connections").count == 2, "\(markdown)")
        let html = HTMLReport.vet(result)
        #expect(html.components(separatedBy: "not found among your connections").count == 2)
        #expect(!html.contains("<ul></ul>"))
    }

    @Test func aMixedListNamesEachProblemOnceOutOfTheList() throws {
        let result = try vet("Maya Okafor — a bakery lead\nTomás Rivera — logistics\nBob Kowalski\nIngrid Halvorsen\n")
        #expect(result.verdict == .mixed)
        #expect(
            result.summary
                == "Mixed: 2 of the 4 people on this list are ones you could introduce, but 1 would be a blind introduction or is not your connection; 1 is someone you have not spoken to in years; 2 of the 4 come with no reason."
        )
    }

    /// Two connections of one name, both on the list, are told apart in the reply by company.
    @Test func namesakesInTheReplyAreToldApart() throws {
        let result = try vet(
            "Chris Park, Fabrikam Inc.\nChris Park, Northwind Traders\nMaya Okafor\n", requester: "Pat Quinn")
        let reply =
            VetReport.nextStepBlocks(result).compactMap { block -> String? in
                if case .quote(let text) = block { return text }
                return nil
            }.last ?? ""
        #expect(reply.contains("Chris Park (Fabrikam Inc.) and Chris Park (Northwind Traders)"), "\(reply)")
    }
}
