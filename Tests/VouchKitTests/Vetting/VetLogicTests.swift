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
        try TestLists.vet(text, requester: requester, analysis: analysis)
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
        let result = try vet(
            "Chris Park, Fabrikam Inc.\nChris Park, Initech\nMaya Okafor\n", requester: "Priya Natarajan")
        #expect(result.targets.map(\.verdict) == [.blind, .ambiguous, .vouch])
        let reply = ReplyMixTests.reply(result)
        #expect(reply.contains("I do not know Chris Park (Fabrikam Inc.) well enough"), "\(reply)")
        #expect(reply.contains("more than one person called Chris Park (Initech)"), "\(reply)")
    }

    /// LinkedIn's fast file (connections only): a requester connected days ago is too recent
    /// to be a relationship, which the connection date tells without messages.
    @Test func aRequesterConnectedDaysAgoIsPrematureWithoutMessages() throws {
        let connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Lead,03 Feb 2020
            Bo,Park,https://www.linkedin.com/in/bo-park,,Zeta,Analyst,03 Mar 2021
            Kyle,Brandt,https://www.linkedin.com/in/kyle-brandt,,Brandt Wealth,Advisor,01 Jan 2026
            Cy,Ives,https://www.linkedin.com/in/cy-ives,,Yolk,Chef,20 Dec 2025

            """
        let export = try readExport(copying: [:], writing: ["Connections.csv": connections])
        let analysis = Analysis(export: export, asOf: CalendarDay(iso: "2026-01-01"))
        let result = try vet("Ann Lee\nBo Park\nCy Ives\n", requester: "Kyle Brandt", analysis: analysis)
        // So is a person on the list connected days ago: blind, not unknown.
        #expect(result.targets.map(\.verdict) == [.needsReason, .needsReason, .blind])
        let requester = try #require(result.requester)
        #expect(requester.prematureSolicitation)
        #expect(requester.standing == "nominal")
        #expect(requester.evidence.contains { $0.contains("too recent to be a relationship") })
        #expect(result.signals.contains { $0.id == "premature-solicitation" })
        let reply = ReplyMixTests.reply(result)
        #expect(reply.contains("we do not know each other well yet") && reply.contains("coffee"), "\(reply)")
        #expect(!reply.contains("tell me why"), "\(reply)")
        // A requester connected years ago stays unknown: the export cannot tell.
        let older = try vet("Bo Park\n", requester: "Ann Lee", analysis: analysis)
        #expect(older.requester?.standing == "unknown" && older.requester?.prematureSolicitation == false)
    }
}
