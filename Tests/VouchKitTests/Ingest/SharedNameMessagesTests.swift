import Foundation
import Testing

@testable import VouchDates
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// Messages with a name two connections share (EraExport's two Sam Lees, the one at Acme
/// writing back and forth with the owner): where the era cannot tell them apart, both
/// namesakes' evidence says the messages exist, the reports show it, and vet does not call
/// them blind.
struct SharedNameMessagesTests {
    typealias Era = EraExport.Era

    static let asOf = CalendarDay(iso: "2022-12-31")
    static let sentence =
        "2 messages (1 from you, 1 from them) with someone called 'Sam Lee' could not be given to one person: 2 of your connections share this name; last on 2022-08-02"

    static func analysis(_ era: Era, annotations: AnnotationSet = AnnotationSet()) throws -> Analysis {
        Analysis(export: try EraExport(era: era).read(), asOf: asOf, annotations: annotations)
    }

    static var namesakes: [Int] { [EraMatrixTests.index(EraExport.sam1), EraMatrixTests.index(EraExport.sam2)] }

    @Test(arguments: Era.allCases.filter { !$0.connectionsHaveURLs })
    func bothNamesakesCarryTheMessagesThatExist(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        for index in Self.namesakes {
            let shared = try #require(export.evidence[index].sharedNameMessages, "\(era) \(index)")
            #expect(shared.name == "Sam Lee" && shared.connections == 2, "\(era)")
            #expect(shared.messagesSent == 1 && shared.messagesReceived == 1, "\(era)")
            #expect(shared.conversations == 1 && shared.twoWayConversations == 1, "\(era)")
            #expect(shared.firstMessage == CalendarDay(iso: "2022-08-01"), "\(era)")
            #expect(shared.lastMessage == CalendarDay(iso: "2022-08-02"), "\(era)")
            // Still counted for neither: nothing tells them apart.
            #expect(
                export.evidence[index].messages.messagesSent == 0
                    && export.evidence[index].messages.messagesReceived == 0)
        }
        #expect(export.sharedNameMessages.map(\.name) == ["Sam Lee"], "\(era)")
    }

    @Test(arguments: Era.allCases.filter { !$0.connectionsHaveURLs })
    func theEvidenceSaysSoAndNeverSaysNoMessages(_ era: Era) throws {
        let analysis = try Self.analysis(era)
        for index in Self.namesakes {
            let depth = try #require(analysis.depth(of: index))
            #expect(depth.evidence.first == Self.sentence, "\(era) \(depth.evidence)")
            #expect(depth.evidence.contains { $0.hasPrefix("how deep this tie is cannot be told from messages") })
            #expect(!depth.evidence.contains { $0.contains("no messages") }, "\(era) \(depth.evidence)")
            // The annotations line names this namesake by their company.
            let company = analysis.connection(depth).company
            #expect(depth.evidence.contains { $0.contains("the line Sam Lee,\(company),familiar") }, "\(era)")
        }
    }

    @Test(arguments: Era.allCases.filter { $0.connectionsHaveURLs })
    func whereURLsTellThemApartNothingIsShared(_ era: Era) throws {
        let export = try EraExport(era: era).read()
        #expect(export.sharedNameMessages.isEmpty, "\(era)")
        for index in Self.namesakes { #expect(export.evidence[index].sharedNameMessages == nil, "\(era)") }
        #expect(export.evidence[Self.namesakes[0]].messages.twoWayConversations == 1, "\(era)")
    }

    @Test(arguments: [Era.y2018, .y2021])
    func theJSONShowsTheMessagesForBoth(_ era: Era) throws {
        let analysis = try Self.analysis(era)
        let parsed = try JSONSerialization.jsonObject(with: Data(AnalyzeReport.json(analysis).utf8)) as? [String: Any]
        let people = parsed?["people"] as? [[String: Any]] ?? []
        let sams = people.filter { $0["name"] as? String == "Sam Lee" }
        #expect(sams.count == 2, "\(era)")
        for sam in sams {
            let shared = try #require(sam["sharedNameMessages"] as? [String: Any], "\(era)")
            #expect(shared["messages"] as? Int == 2 && shared["messagesFromYou"] as? Int == 1, "\(era)")
            #expect(shared["messagesFromThem"] as? Int == 1 && shared["connectionsSharingName"] as? Int == 2)
            #expect(shared["depthFromMessages"] as? String == "cannot tell")
            #expect((sam["evidence"] as? [String])?.first == Self.sentence, "\(era)")
        }
        // Only the namesakes carry the object.
        #expect(people.filter { $0["sharedNameMessages"] != nil }.count == 2, "\(era)")
    }

    @Test(arguments: [Era.y2018, .y2021])
    func theMarkdownReportNamesTheSharedName(_ era: Era) throws {
        let markdown = AnalyzeReport.markdown(try Self.analysis(era))
        #expect(
            markdown.contains(
                "- 2 messages (1 from you, 1 from them) with someone called 'Sam Lee' count for none of your 2 connections of that name (at Acme; at Globex): nothing in the export tells them apart."
            ), "\(era)")
    }

    @Test(arguments: [Era.y2018, .y2021])
    func vetDoesNotCallANamesakeBlindAndSaysWhy(_ era: Era) throws {
        let analysis = try Self.analysis(era)
        let list = try RequestListReader.parse(data: Data("Sam Lee - Globex\nBo Lund\n".utf8), name: "list.txt")
        let result = Vetter(analysis: analysis).vet(list)
        let sam = try #require(result.targets.first { $0.entry.query.name == "Sam Lee" })
        #expect(sam.depth?.index == Self.namesakes[1], "\(era)")
        #expect(sam.verdict == .needsReason, "\(era)")
        #expect(sam.evidence.contains(Self.sentence), "\(era)")
        // Someone with no such messages is still blind.
        #expect(result.targets.first { $0.entry.query.name == "Bo Lund" }?.verdict == .blind, "\(era)")
        let json = VetReport.json(result)
        #expect(json.contains("\"sharedNameMessages\""), "\(era)")
    }

    @Test func anAnnotationWithACompanySettlesWhichNamesakeItIs() throws {
        let export = try EraExport(era: .y2021).read()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-notes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.csv").path
        try "name,company,tier\nSam Lee,Acme,familiar\n".write(toFile: path, atomically: true, encoding: .utf8)
        let annotations = try AnnotationReader.read(path: path, directory: export.directory)
        #expect(annotations.unmatched.isEmpty)
        let analysis = Analysis(export: export, asOf: Self.asOf, annotations: annotations)
        #expect(analysis.depth(of: Self.namesakes[0])?.tier == .familiar)
        #expect(analysis.depth(of: Self.namesakes[0])?.annotated == true)
        #expect(analysis.depth(of: Self.namesakes[1])?.annotated == false)
    }

    @Test func aHostileSharedNameIsEscapedInEveryReport() throws {
        // Two connections share a name written to break a report; one message comes from it.
        let name = EraExport.hostileName
        let export = try EraExport.hostileNamesakes()
        let analysis = Analysis(export: export, asOf: Self.asOf)
        for index in [0, 1] {
            #expect(
                analysis.depth(of: index)?.evidence.first
                    == "1 message (0 from you, 1 from them) with someone called '\(name)' could not be given to one person: 2 of your connections share this name; last on 2022-01-01"
            )
        }
        let markdown = AnalyzeReport.markdown(analysis)
        #expect(
            markdown.contains(
                "with someone called '\\<b\\>Eve\\</b\\> \\[x\\](http://e.example) \\| \\*' count for none"))
        #expect(!markdown.contains("<b>") && !markdown.contains("[x]("))
        let html = HTMLReport.analyze(analysis)
        #expect(!html.contains("<b>Eve"))
        let parsed = try JSONSerialization.jsonObject(with: Data(AnalyzeReport.json(analysis).utf8)) as? [String: Any]
        let people = parsed?["people"] as? [[String: Any]] ?? []
        #expect(people.compactMap { ($0["sharedNameMessages"] as? [String: Any])?["name"] as? String } == [name, name])
    }

    @Test func aGroupThreadWithTheNameIsSaidButDecidesNothing() throws {
        // Two Sam Lees; one writes in a group thread of six (group threads count little).
        let connections =
            "First Name,Last Name,Email Address,Company,Position,Connected On\n"
            + "Sam,Lee,,Acme,Engineer,17 Jun 2021\nSam,Lee,,Globex,Engineer,17 Jun 2021\n"
        let others = ["Ann One", "Ben Two", "Cy Three", "Di Four"]
        let header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
        let messages =
            header
            + EraExport.csv(
                "g1", "", "Sam Lee", "https://www.linkedin.com/in/sam-lee",
                (["Owen Owner"] + others).joined(separator: ","),
                "2022-01-02 10:00:00 UTC", "", "news", "INBOX") + "\n"
            + EraExport.csv(
                "g1", "", "Owen Owner", "https://www.linkedin.com/in/owen",
                (["Sam Lee"] + others).joined(separator: ","),
                "2022-01-01 10:00:00 UTC", "", "hello all", "INBOX") + "\n"
        let export = try EraExport.read([
            "Connections.csv": connections, "messages.csv": messages,
            "Profile.csv": "First Name,Last Name,Headline\nOwen,Owner,Planner\n",
        ])
        let analysis = Analysis(export: export, asOf: Self.asOf)
        for index in [0, 1] {
            let evidence = analysis.depth(of: index)?.evidence ?? []
            #expect(
                evidence.first
                    == "1 group conversation of 5 or more people with someone called 'Sam Lee' could not be given to one person: 2 of your connections share this name; last on 2022-01-02"
            )
            #expect(!evidence.contains { $0.hasPrefix("how deep this tie is cannot be told") })
        }
        let list = try RequestListReader.parse(data: Data("Sam Lee - Globex\n".utf8), name: "list.txt")
        #expect(Vetter(analysis: analysis).vet(list).targets.first?.verdict == .blind)
    }

    @Test(arguments: [Era.y2019, .y2021])
    func readingInPartsGivesTheWholeReadsTally(_ era: Era) throws {
        // A second, older exchange with the name, near the end of the file: read by the later part.
        var files = EraExport(era: era).files
        let sam = EraExport.sam1
        let owner = EraExport.owner
        files["messages.csv", default: ""] +=
            EraExport.csv(
                "c-sam-old", "", sam.name, sam.url, owner.name, "2021-03-02 10:00:00 UTC", "", "Thanks", "INBOX")
            + "\n"
            + EraExport.csv(
                "c-sam-old", "", owner.name, owner.url, sam.name, "2021-03-01 10:00:00 UTC", "", "Hello", "INBOX")
            + "\n"
            // And one conversation after it, so the later part finishes the exchange itself.
            + EraExport.csv(
                "c-bo-old", "", owner.name, owner.url, EraExport.bo.name, "2020-01-01 10:00:00 UTC", "", "Hi", "INBOX")
            + "\n"
        let both = try SplitReadTests.readBothWays(files)
        #expect(SplitReadTests.parts(both.split) > 1, "\(era)")
        for index in Self.namesakes {
            let whole = try #require(both.whole.evidence[index].sharedNameMessages, "\(era)")
            #expect(whole.messagesSent == 2 && whole.messagesReceived == 2 && whole.conversations == 2, "\(era)")
            #expect(whole.firstMessage == CalendarDay(iso: "2021-03-01"), "\(era)")
            #expect(both.split.evidence[index].sharedNameMessages == whole, "\(era)")
        }
    }
}
