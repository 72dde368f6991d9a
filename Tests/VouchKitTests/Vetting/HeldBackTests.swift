import Foundation
import Testing

@testable import VouchDates
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// The verdicts, the next steps and the reply agree on what waits: on who is asking (an
/// address that says nothing, a friend gone quiet, a near-stranger), on what the export cannot
/// tell (no messages), and on a name the list may have misspelt.
struct HeldBackTests {
    func vet(_ text: String, requester: String?, analysis: Analysis = VetterTests.analysis) throws -> VetResult {
        try TestLists.vet(text, requester: requester, analysis: analysis)
    }

    func reply(_ result: VetResult) -> String { ReplyMixTests.reply(result) }

    func paragraphs(_ result: VetResult) -> [String] {
        VetReport.nextStepBlocks(result).compactMap { block in
            if case .paragraph(let text) = block { return text }
            return nil
        }
    }

    @Test func anAddressTheExportLacksOffersNobodyAndGreetsNoAddress() throws {
        let result = try vet("Maya Okafor\nIngrid Halvorsen\n", requester: "casey.quill@nowhere.example")
        #expect(result.requester?.standing == "unknown")
        let reply = reply(result)
        #expect(reply.hasPrefix("Hi, thanks for asking."), "\(reply)")
        #expect(!reply.contains("@") && !reply.contains("I can ask"), "\(reply)")
        #expect(reply.contains("Could you tell me your name and how we know each other?"), "\(reply)")
        #expect(paragraphs(result).contains { $0.contains("who is asking cannot be told from the address") })
        let markdown = VetReport.markdown(result)
        #expect(!markdown.contains("Use the double opt-in"))
        #expect(markdown.contains("| **vouch**, once you know who is asking |"))
    }

    @Test func aDormantRequesterIsAskedToCatchUpFirst() throws {
        // Robert Kowalski: trusted, silent for years.
        let result = try vet("Maya Okafor\nBen Carter\nIngrid Halvorsen\n", requester: "Bob Kowalski")
        #expect(result.requester?.dormant == true)
        let reply = reply(result)
        #expect(reply.hasPrefix("Hi Robert, good to hear from you"), "\(reply)")
        #expect(reply.contains("let us catch up") && !reply.contains("happy to help"), "\(reply)")
        #expect(!reply.contains("I can ask") && !reply.contains("For Ben Carter"), "\(reply)")
        #expect(paragraphs(result).contains { $0.contains("reconnect with them first") })
        #expect(VetReport.markdown(result).contains("| **vouch**, once you have caught up with the requester |"))
    }

    @Test func aRowSaysWhatItsVerdictWaitsOn() throws {
        // A near-stranger asks for a trusted friend: the row agrees with the advice.
        let premature = try vet("Maya Okafor\n", requester: "Pat Quinn")
        #expect(VetReport.markdown(premature).contains("| **vouch**, once you know the requester |"))
        #expect(HTMLReport.vet(premature).contains("once you know the requester"))
        // A light tie with a reason: the reason is there, the owner weighs it.
        let reasoned = try vet("Ben Carter — both run bakeries\nTomás Rivera\n", requester: "Priya Natarajan")
        #expect(reasoned.targets.first?.verdict == .needsReason)
        #expect(VetReport.markdown(reasoned).contains("| **needs-reason**, reason given: weigh it |"))
        // A requester who is not found is thanked by first name.
        let stranger = try vet("Maya Okafor\n", requester: "Pat Delaney")
        #expect(reply(stranger).hasPrefix("Thanks for thinking of me, Pat."), "\(reply(stranger))")
    }

    @Test func aMisspeltNameIsAskedAboutNotDeclined() throws {
        let result = try vet("Pryia Natarajan\nJordan Blake\nMaya Okafor\n", requester: nil)
        let reply = reply(result)
        #expect(reply.contains("When you wrote Pryia Natarajan, did you mean Priya Natarajan"), "\(reply)")
        #expect(reply.contains("I am not connected to Jordan Blake,"), "\(reply)")
        #expect(!reply.contains("connected to Pryia"), "\(reply)")
    }

    @Test func aJobBetweenDashesTellsNamesakesApart() throws {
        let result = try vet(
            "Chris Park - Analyst at Fabrikam Inc. - looking for a supply chain advisor\n", requester: nil)
        let target = try #require(result.targets.first)
        guard case .matched(let index, _, _) = target.match else {
            Issue.record("not matched: \(target.match)")
            return
        }
        #expect(VetterTests.analysis.export.connections[index].company == "Fabrikam Inc.")
        #expect(target.entry.reason == "looking for a supply chain advisor")
        #expect(target.evidence.contains("requester's reason: looking for a supply chain advisor"))
    }

    /// LinkedIn's fast file: without messages a nominal-looking connection may be a friend.
    @Test func withoutMessagesNobodyIsBlindFromBlindness() throws {
        let connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Lead,03 Feb 2020
            Bo,Park,https://www.linkedin.com/in/bo-park,,Zeta,Analyst,03 Mar 2021
            Cy,Ives,https://www.linkedin.com/in/cy-ives,,Yolk,Chef,04 Mar 2021
            Di,Orr,https://www.linkedin.com/in/di-orr,,Yolk,Cook,05 Mar 2021

            """
        let export = try readExport(copying: [:], writing: ["Connections.csv": connections])
        let analysis = Analysis(export: export, asOf: CalendarDay(iso: "2026-01-01"))
        let result = try vet("Bo Park\nCy Ives\nDi Orr\nEd Nobody\n", requester: "Ann Lee", analysis: analysis)
        #expect(result.targets.map(\.verdict) == [.needsReason, .needsReason, .needsReason, .notConnected])
        #expect(result.verdict != .listPushing, "\(result.summary)")
        #expect(!result.summary.contains("List-pushing"))
        #expect(
            result.summary.contains(
                "the export has no messages, so how well you know Bo Park, Cy Ives and Di Orr cannot be told"))
        #expect(
            result.targets[0].evidence.contains("the export has no messages: how well you know them cannot be told"))
        let markdown = VetReport.markdown(result)
        #expect(markdown.contains("| Bo Park | Bo Park (Zeta) | unknown | **needs-reason** |"))
        #expect(markdown.contains("| Ed Nobody | — | stranger | **not-connected** |"))
        #expect(VetReport.json(result).components(separatedBy: #""tier": "unknown""#).count == 5)
    }
}
