import Foundation
import Testing

@testable import VouchScoring
@testable import VouchReport

/// The owner is found whole, name and profile URL, from whichever files carry them:
/// Profile.csv, outgoing invitations, the rows they sent.
struct OwnerFindingTests {
    static let url = EraExport.owner.url

    @Test func profileGivesTheNameAndSentMessagesTheURL() throws {
        var era = EraExport(era: .y2021)
        era.includeInvitations = false
        let export = try era.read()
        #expect(export.owner.name == "Morgan Avery, CFP")
        #expect(export.owner.profileURL == Self.url)
        #expect(export.owner.identifiedBy == ["Profile.csv", "sent messages"])
        // In every report: the JSON owner and inspect.
        #expect(AnalyzeReport.json(Analysis(export: export)).contains("\"profileURL\": \"\(Self.url)\""))
        #expect(InspectReport.markdown(export).contains("- Owner: Morgan Avery, CFP (\(Self.url))"))
    }

    @Test func outgoingInvitationsGiveTheURL() throws {
        var era = EraExport(era: .y2025)
        era.includeProfile = false
        let export = try era.read()
        #expect(export.owner.profileURL == Self.url)
        #expect(export.owner.identifiedBy.first == "outgoing invitations")
        // The name, on the invitations' incoming side or the owner's own rows, stays whole.
        #expect(export.owner.name == "Morgan Avery, CFP")
    }

    @Test(arguments: [EraExport.Era.y2019, .y2021, .y2023])
    func withoutProfileOrInvitationsTheMessagesGiveBoth(_ layout: EraExport.Era) throws {
        var era = EraExport(era: layout)
        era.includeProfile = false
        era.includeInvitations = false
        let export = try era.read()
        // Incoming rows write the owner's name, credential and all, in TO: one person, not
        // `Morgan Avery` and a stranger called `CFP`.
        #expect(export.owner.name == "Morgan Avery, CFP", "\(layout)")
        #expect(export.owner.profileURL == Self.url, "\(layout)")
        #expect(export.owner.identifiedBy == ["the participant in most conversations", "sent messages"], "\(layout)")
        let ada = export.evidence[EraMatrixTests.index(EraExport.ada)]
        #expect(
            ada.messages.twoWayConversations == 1 && ada.messages.messagesSent == 4
                && ada.messages.messagesReceived == 4, "\(layout)")
        for person in [EraExport.cara, EraExport.fay] {
            #expect(export.evidence[EraMatrixTests.index(person)].messages.groupConversations == 1, "\(layout)")
        }
    }

    @Test func the2018LayoutGivesTheOwnerByDirection() throws {
        // No Profile.csv, no invitations: the sender of OUTGOING rows is the owner, whose
        // name, credential and all, is also the TO of incoming rows.
        var era = EraExport(era: .y2018)
        era.includeProfile = false
        era.includeInvitations = false
        let export = try era.read()
        #expect(export.owner.name == "Morgan Avery, CFP")
        #expect(export.owner.profileURL == nil)
        let ada = export.evidence[EraMatrixTests.index(EraExport.ada)]
        #expect(
            ada.messages.twoWayConversations == 1 && ada.messages.messagesSent == 4
                && ada.messages.messagesReceived == 4)
        #expect(export.evidence[EraMatrixTests.index(EraExport.fay)].messages.groupConversations == 1)
    }

    @Test func theURLOnMostSentRowsIsTheOwners() throws {
        // Profile.csv gives only a name; a stranger of the same name writes once from
        // another URL. The owner's URL is the one on most of the owner's rows.
        var era = EraExport(era: .y2021)
        era.includeInvitations = false
        var files = era.files
        files["messages.csv"] =
            (files["messages.csv"] ?? "")
            + EraExport.csv(
                "c-namesake", "", EraExport.owner.name, "https://www.linkedin.com/in/another-morgan",
                EraExport.ada.name,
                "2022-09-01 10:00:00 UTC", "", "hello", "INBOX") + "\n"
        let export = try EraExport.read(files)
        #expect(export.owner.profileURL == Self.url)
    }
}
