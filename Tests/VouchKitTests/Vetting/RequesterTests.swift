import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchReport

/// The requester is found like a list entry, and the report says what was and was not checked.
struct RequesterTests {
    func vet(_ list: String = "Maya Okafor\n", requester: String?) throws -> VetResult {
        let parsed = try RequestListReader.parse(data: Data(list.utf8), name: "list.txt")
        return Vetter(analysis: VetterTests.analysis).vet(parsed, requester: requester)
    }

    func matchedName(_ result: VetResult) -> String? {
        guard case .matched(let index, _, _) = result.requester?.match else { return nil }
        return VetterTests.analysis.export.connections[index].name
    }

    @Test func everyFormOfTheSamePerson() throws {
        for form in [
            "Priya Natarajan", "Natarajan, Priya", "Priya", "https://www.linkedin.com/mwlite/in/priya-natarajan-77a0b3",
            "https://in.linkedin.com/in/priya-natarajan-77a0b3/", "\"Natarajan, Priya\" <priya@example.com>",
        ] {
            let result = try vet(requester: form)
            #expect(matchedName(result) == "Priya Natarajan", "\(form)")
            #expect(result.requester?.tier == .trusted, "\(form)")
            #expect(result.requester?.prematureSolicitation == false, "\(form)")
        }
    }

    @Test func noMatchSaysSoAndSuggestsTheClosest() throws {
        let result = try vet(requester: "Hana Bergh")
        #expect(result.requester?.match == MatchOutcome.none)
        #expect(result.requester?.suggestions.first?.hasPrefix("Hannah Berg") == true)
        #expect(result.requester?.prematureSolicitation == true)
        let report = VetReport.markdown(result)
        #expect(report.contains("not found among your connections"))
        #expect(report.contains("did you mean Hannah Berg (Northwind Traders)?"))
    }

    @Test func ambiguousListsTheCandidatesAndJudgesThemAll() throws {
        let result = try vet(requester: "Chris Park")
        guard case .ambiguous(let candidates) = result.requester?.match else {
            Issue.record("Chris Park is two connections")
            return
        }
        #expect(candidates.count == 2)
        // Both are nominal: premature whichever is meant.
        #expect(result.requester?.prematureSolicitation == true)
        let report = VetReport.markdown(result)
        #expect(report.contains("Chris Park (Fabrikam Inc.), nominal; Chris Park (Northwind Traders), nominal"))
        #expect(report.contains("could be several of your connections"))
        #expect(!report.contains("not one of your connections"))
    }

    @Test func aListedRequesterIsNotATarget() throws {
        let result = try vet("Maya Okafor\nPriya Natarajan\n", requester: "Natarajan, Priya")
        #expect(result.targets.count == 1)
        #expect(result.list.skipped.map(\.line) == [2])
        #expect(result.list.skipped.first?.reason.contains("requester") == true)
    }

    @Test func emptyOrTheOwnerIsAUsageProblem() {
        let vetter = Vetter(analysis: VetterTests.analysis)
        #expect(vetter.requesterProblem("") != nil)
        #expect(vetter.requesterProblem("  ") != nil)
        #expect(vetter.requesterProblem("Dana Whitfield")?.contains("owner") == true)
        #expect(vetter.requesterProblem("Whitfield, Dana")?.contains("owner") == true)
        #expect(vetter.requesterProblem("Pat Quinn") == nil)
    }

    @Test func withoutARequesterTheReportSaysNothingWasChecked() throws {
        let result = try vet(requester: nil)
        #expect(result.requester == nil)
        #expect(!result.signals.contains { $0.id == "premature-solicitation" })
        #expect(VetReport.markdown(result).contains("Requester unknown"))
        #expect(HTMLReport.vet(result).contains("Requester unknown"))
    }

    @Test func anEmailForwardedByTheOwnerHasNoKnownRequester() throws {
        let text =
            "From: Dana Whitfield <dana@example.com>\nSubject: Fwd: intros\nDate: Mon, 16 Nov 2026\n\nMaya Okafor\n"
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "fwd.eml")
        #expect(list.sender == "Dana Whitfield <dana@example.com>")
        let result = Vetter(analysis: VetterTests.analysis).vet(list)
        #expect(result.requester == nil)
        #expect(result.targets.count == 1)
        let fromPat = try RequestListReader.parse(
            data: Data(text.replacingOccurrences(of: "Dana Whitfield", with: "Pat Quinn").utf8), name: "pat.eml")
        #expect(Vetter(analysis: VetterTests.analysis).vet(fromPat).requester?.source == .emailSender)
    }

    @Test func listedThreeTimesIsOneTarget() throws {
        let result = try vet("Okafor, Maya\nMaya Okafor\nJordan Blake\nmaya@harborbakery.example\n", requester: nil)
        #expect(result.targets.count == 2)
        #expect(result.targets[0].entry.timesListed == 3)
        #expect(result.targets[0].entry.repeatLines == [2, 4])
        #expect(result.targets.map(\.entry.position) == [1, 2])
        #expect(VetReport.markdown(result).contains("Maya Okafor (listed 3 times)"))
        #expect(result.count(.vouch) == 1)
    }

    @Test func sameNameAtDifferentCompaniesIsTwoPeople() throws {
        let result = try vet(
            "Chris Park, Fabrikam\nChris Park, Northwind Traders\nRosa Vidal, Acme\nRosa Vidal, Globex\nRosa Vidal, Acme\n",
            requester: nil)
        #expect(result.targets.map(\.entry.timesListed) == [1, 1, 2, 1])
    }

    @Test func lastFirstOnlyWhenThatOrderMatches() throws {
        let result = try vet("Kowalski, Robert\nDoe, Jane\n", requester: nil)
        #expect(result.targets[0].entry.query.name == "Robert Kowalski")
        #expect(result.targets[0].verdict == .reconnectFirst)
        // Neither order matches: kept as written.
        #expect(result.targets[1].entry.query.name == "Doe")
        #expect(result.targets[1].verdict == .notConnected)
    }

    @Test func unresolvableLinksAreNotStrangers() throws {
        let result = try vet("https://lnkd.in/xyz\nhttps://www.linkedin.com/pub/ann-lee/1/2/3\n", requester: nil)
        #expect(result.targets.map(\.verdict) == [.unresolvedLink, .unresolvedLink])
        #expect(result.targets[0].evidence.contains("link cannot be resolved offline: paste the /in/ link"))
    }

    @Test func aDashTailThatIsTheConnectionsJobIsNotAReason() throws {
        let result = try vet("Emily Sato - Photographer\nMaya Okafor — Harbor Bakery Co.\n", requester: nil)
        #expect(result.targets.allSatisfy { $0.entry.reason == nil })
        #expect(result.targets[0].entry.title == "Photographer")
    }
}
