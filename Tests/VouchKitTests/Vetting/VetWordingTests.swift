import Foundation
import Testing

@testable import VouchDates
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// The vet report says the same thing about a person whatever role they play, and its next
/// steps, reply and notes follow what the export can and cannot tell.
struct VetWordingTests {
    typealias Era = EraExport.Era

    func vet(_ text: String, requester: String? = nil, analysis: Analysis = VetterTests.analysis) throws -> VetResult {
        try TestLists.vet(text, requester: requester, analysis: analysis)
    }

    // A namesake whose messages could not be given to one person, as the requester: how well
    // the owner knows them is unknown, and premature solicitation is not asserted.
    @Test(arguments: [Era.y2018, .y2021])
    func aNamesakeRequesterIsUnknownNotABarelyKnownOne(_ era: Era) throws {
        let analysis = try SharedNameMessagesTests.analysis(era)
        let result = try vet("Bo Lund\n", requester: "Sam Lee (Globex)", analysis: analysis)
        let requester = try #require(result.requester)
        #expect(requester.depth?.index == SharedNameMessagesTests.namesakes[1], "\(era)")
        #expect(requester.isUnknown, "\(era)")
        #expect(!requester.prematureSolicitation, "\(era)")
        #expect(!result.signals.contains { $0.id == "premature-solicitation" }, "\(era)")
        #expect(!result.summary.contains("barely knows you"), "\(result.summary)")
        let markdown = VetReport.markdown(result)
        #expect(markdown.contains("- **Sam Lee**: unknown."), "\(era)")
        #expect(!markdown.contains("Premature solicitation"), "\(era)")
        #expect(VetReport.json(result).contains("\"tier\": \"unknown\""), "\(era)")
    }

    // Asked by the shared name alone, the namesakes are candidates whose depth is unknown.
    @Test(arguments: [Era.y2018, .y2021])
    func anAmbiguousNamesakeRequesterIsNotCalledNominal(_ era: Era) throws {
        let analysis = try SharedNameMessagesTests.analysis(era)
        let result = try vet("Bo Lund\n", requester: "Sam Lee", analysis: analysis)
        let requester = try #require(result.requester)
        guard case .ambiguous = requester.match else {
            Issue.record("Sam Lee should fit both namesakes in \(era)")
            return
        }
        #expect(!requester.prematureSolicitation, "\(era)")
        #expect(requester.evidence.first?.contains("Sam Lee (Globex), unknown") == true, "\(requester.evidence)")
        #expect(VetReport.json(result).contains("\"tier\": \"unknown\""), "\(era)")
    }

    // The same namesake as a target: not blind, but not someone the owner knows either.
    @Test(arguments: [Era.y2018, .y2021])
    func aNamesakeTargetIsLeftToTheOwnerNotCalledKnown(_ era: Era) throws {
        let analysis = try SharedNameMessagesTests.analysis(era)
        let result = try vet("Sam Lee - Globex\n", analysis: analysis)
        #expect(result.targets.first?.verdict == .needsReason, "\(era)")
        #expect(result.targets.first?.depthUntold == true, "\(era)")
        #expect(
            result.summary.hasPrefix("Mixed: nobody on the list is someone you could introduce now"),
            "\(result.summary)")
        #expect(
            result.summary.contains("how well you know Sam Lee (Globex) could not be told from messages"),
            "\(result.summary)")
        #expect(result.summary.contains("decide yourself"), "\(result.summary)")
        let steps = VetReport.nextStepBlocks(result).map(Self.text).joined(separator: "\n")
        #expect(!steps.contains("you know lightly"), "\(steps)")
        #expect(steps.contains("could not be told from messages"), "\(steps)")
        #expect(steps.contains("decide yourself"), "\(steps)")
    }

    // Next steps follow the requester's standing: no intro template for a near-stranger.
    @Test(arguments: ["Nobody Here", "Ingrid Halvorsen"])
    func nextStepsOfferNoIntroductionForANearStranger(_ requester: String) throws {
        let result = try vet("Maya Okafor\nTomás Rivera\n", requester: requester)
        #expect(result.requester?.prematureSolicitation == true)
        let markdown = VetReport.markdown(result)
        #expect(!markdown.contains("short email you can forward"), "\(markdown)")
        #expect(!markdown.contains("Would you like me to connect you?"), "\(markdown)")
        #expect(markdown.contains("You could vouch for Maya Okafor and Tomás Rivera, but"), "\(markdown)")
        #expect(markdown.contains("do not introduce a near-stranger to them yet"), "\(markdown)")
        #expect(markdown.contains("we do not know each other well yet"), "\(markdown)")
        // A known requester still gets the double opt-in and its template.
        let known = VetReport.markdown(try vet("Maya Okafor\nTomás Rivera\n", requester: "Maya Okafor"))
        #expect(known.contains("Would you like me to connect you?"), "\(known)")
        #expect(!known.contains("near-stranger"), "\(known)")
    }

    // An ambiguous requester is addressed by the first name the namesakes share.
    @Test func anAmbiguousRequesterIsAddressedByFirstName() throws {
        let result = try vet("Jordan Blake\n", requester: "Chris Park")
        guard case .ambiguous = result.requester?.match else {
            Issue.record("Chris Park should fit several connections")
            return
        }
        let markdown = VetReport.markdown(result)
        #expect(!markdown.contains("Chris Park."), "\(markdown)")
        #expect(!markdown.contains("Hi Chris Park,"), "\(markdown)")
        #expect(markdown.contains("Chris.") || markdown.contains("Hi Chris,"), "\(markdown)")
        #expect(markdown.contains("A reply to Chris:"), "\(markdown)")
    }

    // An as-of day after the export is said in every report.
    @Test func anAsOfAfterTheExportIsSaid() throws {
        let export = VetterTests.analysis.export
        let made = try #require(export.exportDate)
        let later = Analysis(export: export, asOf: CalendarDay(iso: "2030-01-01"))
        let result = try vet("Maya Okafor\n", analysis: later)
        let note = try #require(VetReport.asOfNote(later))
        #expect(
            note
                == "as of 2030-01-01, 3 years after the export was made: anything since is not in the export, so recent ties may read as dormant",
            "\(made)")
        #expect(VetReport.markdown(result).contains(Markdown.inline(note)))
        #expect(HTMLReport.vet(result).contains("recent ties may read as dormant"))
        #expect(VetReport.json(result).contains("\"asOfNote\": \"as of 2030-01-01, 3 years after"))
        // On the export's own date there is nothing to say.
        #expect(VetReport.asOfNote(VetterTests.analysis) == nil)
        #expect(!VetReport.markdown(try vet("Maya Okafor\n")).contains("recent ties may read as dormant"))
    }

    // vet counts connections as analyze does: a hidden member is a connection too.
    @Test func notConnectedSaysVisibleConnectionsWhenSomeAreHidden() throws {
        let analysis = VetterTests.analysis
        let hidden = analysis.export.connections.filter(\.isHidden).count
        #expect(hidden > 0)
        let result = try vet("Jordan Blake\n")
        #expect(
            result.targets.first?.evidence.contains("not among your \(analysis.depths.count) visible connections")
                == true, "\(result.targets.first?.evidence ?? [])")
    }

    static func text(_ block: VetReport.StepBlock) -> String {
        switch block {
        case .paragraph(let text), .quote(let text), .bullet(let text): return text
        }
    }
}
