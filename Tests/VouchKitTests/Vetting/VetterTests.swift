import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchVetting

struct VetterTests {
    static let analysis: Analysis = {
        // The sample export is part of the repository; a failure here fails every test below.
        Analysis(export: (try? ExportReader.read(TestPaths.sampleZip)) ?? LinkedInExport.empty)
    }()

    func vet(_ text: String, name: String = "list.txt", requester: String? = nil) throws -> VetResult {
        try TestLists.vet(text, name: name, requester: requester)
    }

    @Test func everyVerdict() throws {
        let result = try vet("Maya Okafor\nBob Kowalski\nBen Carter\nIngrid Halvorsen\nJordan Blake\nChris Park\n")
        #expect(
            result.targets.map(\.verdict) == [.vouch, .reconnectFirst, .needsReason, .blind, .notConnected, .ambiguous])
    }

    @Test func patQuinnsListIsListPushing() throws {
        let list = try RequestListReader.read(path: TestPaths.sampleList("pat-quinn-wishlist.csv"))
        let result = Vetter(analysis: Self.analysis).vet(list, requester: "Pat Quinn")
        #expect(result.verdict == .listPushing)
        #expect(result.requester?.prematureSolicitation == true)
        let ids = Set(result.signals.filter(\.isWarning).map(\.id))
        #expect(
            ids.isSuperset(of: [
                "former-employer-cluster", "mirrors-connections-order", "missing-reasons", "premature-solicitation",
            ]))
    }

    @Test func priyasListIsTargeted() throws {
        let list = try RequestListReader.read(path: TestPaths.sampleList("priya-targeted.txt"))
        let result = Vetter(analysis: Self.analysis).vet(
            list, requester: "https://www.linkedin.com/in/priya-natarajan-77a0b3")
        #expect(result.verdict == .targeted)
        #expect(result.requester?.tier == .trusted && result.requester?.prematureSolicitation == false)
    }

    @Test func aStrangerRequesterIsPremature() throws {
        let result = try vet("Maya Okafor — reason\n", requester: "Jordan Blake")
        #expect(result.requester?.tier == .stranger && result.requester?.prematureSolicitation == true)
    }

    @Test func listVerdictRule() throws {
        // Two of three blind: list-pushing by share alone.
        #expect(try vet("Ingrid Halvorsen — x\nJulia Novak — y\nMaya Okafor — z\n").verdict == .listPushing)
        // Known people with reasons, no warnings: targeted.
        #expect(try vet("Maya Okafor — a bakery lead\nTomás Rivera — a logistics question\n").verdict == .targeted)
        // Known people without reasons: mixed.
        #expect(try vet("Maya Okafor\nTomás Rivera\nBen Carter\nIngrid Halvorsen\n").verdict == .mixed)
    }

    @Test func reasonsAppearAsEvidence() throws {
        let result = try vet("Maya Okafor — she is opening a second shop\n")
        #expect(result.targets[0].evidence.contains("requester's reason: she is opening a second shop"))
    }
}

extension LinkedInExport {
    static let empty = LinkedInExport(
        owner: Owner(), directory: ConnectionDirectory([]), positions: [], schools: [], evidence: EvidenceTable(),
        unmatchedRecommendations: [], exportDate: nil, latestDataDate: nil, conversationCount: 0,
        ledger: IngestLedger(),
        location: "")
}
