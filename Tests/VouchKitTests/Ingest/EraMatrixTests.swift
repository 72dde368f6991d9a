import Foundation
import Testing

@testable import VouchDates
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchReport

/// The same relationships written in every era's layout give the same evidence and tiers as
/// in the current layout: each message reaches the right person whatever identity columns the
/// era has, names with credentials after a comma stay whole, and the owner is found whole.
struct EraMatrixTests {
    typealias Era = EraExport.Era

    static func index(_ person: EraExport.Person) -> Int {
        let position = EraExport.connections.firstIndex(of: person) ?? 0
        return position >= EraExport.hiddenRow ? position + 1 : position
    }

    static func tiers(_ export: LinkedInExport) -> [Int: RelationshipTier] {
        let analysis = Analysis(export: export, asOf: CalendarDay(iso: "2022-12-31"))
        return Dictionary(uniqueKeysWithValues: analysis.depths.map { ($0.index, $0.tier) })
    }

    @Test(arguments: Era.allCases)
    func theTwoWayTieIsTwoWayAndTheOneWayStaysOneWay(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        let ada = export.evidence[Self.index(EraExport.ada)]
        #expect(ada.messages.messagesSent == 4 && ada.messages.messagesReceived == 4, "\(era)")
        #expect(ada.messages.twoWayConversations == 1 && ada.messages.conversations == 1, "\(era)")
        #expect(ada.messages.activeMonths.count == 4, "\(era)")
        #expect(ada.messages.lastMessage == CalendarDay(iso: "2022-04-11"), "\(era)")
        let bo = export.evidence[Self.index(EraExport.bo)]
        #expect(
            bo.messages.messagesSent == 2 && bo.messages.messagesReceived == 0 && bo.messages.twoWayConversations == 0,
            "\(era)")
    }

    @Test(arguments: Era.allCases)
    func theGroupThreadOfSixIsAGroupForEachMember(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        for person in [EraExport.cara, EraExport.dev, EraExport.eli, EraExport.fay] {
            let evidence = export.evidence[Self.index(person)]
            #expect(
                evidence.messages.groupConversations == 1 && evidence.messages.conversations == 0,
                "\(era) \(person.name)")
        }
        #expect(export.evidence[Self.index(EraExport.cara)].messages.groupMessagesReceived == 1, "\(era)")
        #expect(export.evidence[Self.index(EraExport.fay)].messages.groupMessagesReceived == 1, "\(era)")
        #expect(export.conversationCount == 4, "\(era)")
    }

    @Test(arguments: Era.allCases)
    func theOwnerIsFoundWhole(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        #expect(export.owner.name == "Morgan Avery, CFP", "\(era)")
        // Every era but 2018 carries the owner's URL on the rows they sent.
        #expect(export.owner.profileURL == (era.messagesHaveURLs ? EraExport.owner.url : nil), "\(era)")
    }

    @Test(arguments: Era.allCases)
    func namesakesAreToldApartByURLOrReportedNotGuessed(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        let first = export.evidence[Self.index(EraExport.sam1)]
        let second = export.evidence[Self.index(EraExport.sam2)]
        #expect(second.messages.messagesSent == 0 && second.messages.messagesReceived == 0, "\(era)")
        if era.connectionsHaveURLs {
            #expect(first.messages.twoWayConversations == 1, "\(era)")
            #expect(!export.cannotTell.contains { $0.contains("several connections") }, "\(era)")
        } else {
            #expect(first.messages.messagesSent == 0 && first.messages.messagesReceived == 0, "\(era)")
            #expect(
                export.cannotTell.contains { $0.hasPrefix("1 name in messages belong") && $0.hasSuffix(": Sam Lee") },
                "\(era)")
        }
    }

    @Test(arguments: Era.allCases)
    func theHiddenMemberIsCountedNotScored(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        #expect(export.connections.count == EraExport.connections.count + 1, "\(era)")
        #expect(export.connections[EraExport.hiddenRow].isHidden, "\(era)")
        #expect(!Self.tiers(export).keys.contains(EraExport.hiddenRow), "\(era)")
    }

    @Test(arguments: Era.allCases.filter { $0 != .y2025 })
    func everyEraGivesTheTiersOfTheCurrentLayout(_ era: Era) throws {
        let current = Self.tiers(try EraExport(era: .y2025).read())
        let older = Self.tiers(try EraExport(era: era).read())
        // The namesakes are the one thing a layout without URLs cannot tell.
        let namesakes = era.connectionsHaveURLs ? [] : [Self.index(EraExport.sam1)]
        for (index, tier) in current where !namesakes.contains(index) {
            #expect(older[index] == tier, "\(era) connection \(index)")
        }
        #expect(current[Self.index(EraExport.ada)].map { $0 > .nominal } == true)
    }

    @Test(arguments: Era.allCases)
    func rowsSortedByDateOnlyGiveTheGroupedResult(_ era: Era) throws {
        let grouped = try EraExport(era: era).read()
        let interleaved = try EraExport(era: era, interleaved: true).read()
        for index in grouped.connections.indices {
            #expect(grouped.evidence[index] == interleaved.evidence[index], "\(era) connection \(index)")
        }
        #expect(grouped.owner == interleaved.owner, "\(era)")
        #expect(grouped.conversationCount == interleaved.conversationCount, "\(era)")
    }

    @Test(arguments: Era.allCases)
    func readingMessagesInPartsGivesTheWholeReadsResult(_ era: Era) throws {
        let both = try SplitReadTests.readBothWays(EraExport(era: era).files)
        // The 2018 layout has no conversation ids to stream by: read in one part.
        #expect(SplitReadTests.parts(both.split) > 1 || era == .y2018, "\(era)")
        for index in both.whole.connections.indices {
            #expect(both.whole.evidence[index] == both.split.evidence[index], "\(era) connection \(index)")
        }
        #expect(both.whole.owner == both.split.owner, "\(era)")
        #expect(both.whole.cannotTell == both.split.cannotTell, "\(era)")
    }

    @Test func aSharedNameIsEscapedInInspect() throws {
        // Two connections share a name written to break a report; one of them writes.
        let name = EraExport.hostileName
        let export = try EraExport.hostileNamesakes()
        #expect(export.cannotTell.contains { $0.hasSuffix(": " + name) })
        let markdown = InspectReport.markdown(export)
        #expect(
            !markdown.replacingOccurrences(of: "\\<", with: "").contains("<b>") && !markdown.contains("[x](")
                && !markdown.contains("| *"))
        #expect(markdown.contains("\\<b\\>Eve\\</b\\> \\[x\\](http://e.example) \\| \\*"))
        // JSON carries the name as it is, escaped by the writer: it parses back the same.
        let parsed = try JSONSerialization.jsonObject(with: Data(InspectReport.json(export).utf8)) as? [String: Any]
        let lines = parsed?["cannotTell"] as? [String] ?? []
        #expect(lines.contains { $0.hasSuffix(": " + name) })
    }

    @Test(arguments: Era.allCases)
    func inspectSaysWhatTheEraCannotTell(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        let noConnectionURLs = export.cannotTell.contains { $0.hasPrefix("Connections.csv has no profile URLs") }
        let recipientsByName = export.cannotTell.contains { $0.hasPrefix("messages.csv names recipients only by name") }
        let legacy = export.cannotTell.contains { $0.hasPrefix("Messages.csv (2018)") }
        #expect(noConnectionURLs == !era.connectionsHaveURLs, "\(era)")
        #expect(recipientsByName == (era == .y2019 || era == .y2021), "\(era)")
        #expect(legacy == (era == .y2018), "\(era)")
        let markdown = InspectReport.markdown(export)
        for line in export.cannotTell { #expect(markdown.contains("- Cannot tell: " + Markdown.inline(line))) }
        let json = InspectReport.document(export)
        #expect(json.serialized().contains("\"cannotTell\""))
    }
}
