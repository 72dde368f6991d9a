import Foundation
import Testing

@testable import VouchDates
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// The reply drafts follow the relationship with the requester, the reports say what the
/// export lacks, and every count is out of the same list.
struct ReplyDraftTests {
    func vet(_ text: String, requester: String?, analysis: Analysis = VetterTests.analysis) throws -> VetResult {
        try TestLists.vet(text, requester: requester, analysis: analysis)
    }

    func quotes(_ result: VetResult) -> [String] {
        VetReport.nextStepBlocks(result).compactMap { block in
            if case .quote(let text) = block { return text }
            return nil
        }
    }

    @Test func aTrustedRequesterGetsAWarmReply() throws {
        let result = try vet(
            "Maya Okafor — a bakery lead\nTomás Rivera — logistics\nBen Carter\nIngrid Halvorsen\n",
            requester: "Priya Natarajan")
        let reply = quotes(result).last ?? ""
        #expect(reply.hasPrefix("Hi Priya, happy to help. I can ask Maya Okafor and Tomás Rivera"))
        #expect(reply.contains("For Ben Carter, tell me why"))
        #expect(
            reply.contains("I do not know Ingrid Halvorsen well enough to introduce them, so I will leave them out."))
        #expect(reply.hasSuffix("— Dana"))
        #expect(!quotes(result).contains { $0.contains("coffee") || $0.contains("most of the people") })
    }

    @Test func aNominalRequesterGetsTheDeclineWithTheTrueShare() throws {
        let result = try vet("Maya Okafor\nIngrid Halvorsen\nJulia Novak\n", requester: "Pat Quinn")
        let reply = quotes(result).last ?? ""
        #expect(reply.hasPrefix("Thanks for thinking of me, Pat."))
        #expect(reply.contains("I do not know Ingrid Halvorsen and Julia Novak well enough to introduce them."))
        #expect(reply.contains("coffee") && reply.hasSuffix("— Dana"))
        let fewer = try vet("Maya Okafor\nTomás Rivera\nIngrid Halvorsen\n", requester: "Pat Quinn")
        #expect(quotes(fewer).last?.contains("I do not know Ingrid Halvorsen well enough to introduce them.") == true)
    }

    @Test func noRequesterNoGreetingByName() throws {
        let result = try vet("Maya Okafor\nIngrid Halvorsen\nJulia Novak\n", requester: nil)
        for quote in quotes(result) {
            #expect(!quote.contains("the requester"), "\(quote)")
        }
        #expect(quotes(result).contains { $0.hasPrefix("Hi, thanks for asking. I can ask Maya Okafor") })
        #expect(quotes(result).contains { $0.contains("I do not know Ingrid Halvorsen and Julia Novak well enough") })
    }

    @Test func theSummaryCountsAndTableShareOneDenominator() throws {
        let result = try vet("Ingrid Halvorsen\nJulia Novak\nChris Park\nMaya Okafor\n", requester: nil)
        #expect(result.targets.count == 4)
        #expect(result.summary.contains("2 of the 4 people on this list") && result.summary.contains("1 is ambiguous"))
        let markdown = VetReport.markdown(result)
        #expect(markdown.contains(": 4 people: 1 vouch · 0 reconnect-first · 0 needs-reason · 2 blind"))
        #expect(markdown.contains("`blind-share`: 2 of the 4 people on this list"))
    }

    /// LinkedIn's fast file: Connections.csv alone.
    @Test func theFastFileSaysWhatIsMissingAndJudgesNoOne() throws {
        let connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Lead,03 Feb 2020
            Bo,Park,https://www.linkedin.com/in/bo-park,,Zeta,Analyst,03 Mar 2021
            Cy,Ives,https://www.linkedin.com/in/cy-ives,,Yolk,Chef,04 Mar 2021

            """
        let export = try readExport(copying: [:], writing: ["Connections.csv": connections])
        let analysis = Analysis(export: export, asOf: CalendarDay(iso: "2026-01-01"))
        #expect(analysis.coverage.missing == ["messages", "endorsements", "recommendations"])
        let result = try vet(
            "Bo Park — a supplier question\nCy Ives — a menu\n", requester: "Ann Lee", analysis: analysis)
        #expect(result.requester?.standing == "unknown")
        #expect(
            result.summary.hasSuffix(
                "the export has no messages, so how well you know Bo Park and Cy Ives cannot be told: decide yourself. See what is missing for how to get the messages."
            ))
        #expect(result.requester?.prematureSolicitation == false)
        #expect(!result.signals.contains { $0.id == "premature-solicitation" })
        let markdown = VetReport.markdown(result)
        #expect(markdown.contains("**What is missing:** This export has no messages, endorsements or recommendations"))
        #expect(markdown.contains("Download larger data archive"))
        #expect(!markdown.contains("— I"))
        #expect(VetReport.json(result).contains(#""tier": "unknown""#))
        #expect(AnalyzeReport.markdown(analysis).contains("**What is missing:**"))
    }
}
