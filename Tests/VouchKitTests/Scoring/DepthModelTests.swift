import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchIO

struct DepthModelTests {
    let asOf = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(ordinal: 0)
    let employers = EmployerHistory(positions: [
        OwnerPosition(
            company: "Northwind Traders", title: "", started: DateParser.parse("Mar 2016"),
            finished: DateParser.parse("May 2023")),
        OwnerPosition(company: "Whitfield Advisory", title: "", started: DateParser.parse("Jun 2023"), finished: nil),
    ])

    func person(company: String = "Elsewhere", connected: String = "2020-01-01") -> Connection {
        Connection(
            index: 0, firstName: "Ann", lastName: "Lee", profileURL: nil, email: nil, company: company, position: "",
            connectedOn: CalendarDay(iso: connected), line: 2)
    }

    func assess(
        _ evidence: ConnectionEvidence, company: String = "Elsewhere", connected: String = "2020-01-01",
        annotation: Annotation? = nil
    ) -> RelationshipDepth {
        DepthModel(asOf: asOf).assess(
            person(company: company, connected: connected), evidence: evidence, employers: employers,
            annotation: annotation)
    }

    /// An exchange in small conversations; `words` each way (default: 30 a message).
    func exchange(
        sent: Int, received: Int, months: Int, last: String = "2026-10-01", wordsSent: Int? = nil,
        wordsReceived: Int? = nil
    ) -> ConnectionEvidence {
        var evidence = ConnectionEvidence()
        evidence.messages.messagesSent = sent
        evidence.messages.messagesReceived = received
        evidence.messages.wordsSent = wordsSent ?? sent * 30
        evidence.messages.wordsReceived = wordsReceived ?? received * 30
        evidence.messages.conversations = 1
        evidence.messages.twoWayConversations = sent > 0 && received > 0 ? 1 : 0
        evidence.messages.activeMonths = MonthSet((0..<Int32(months)).map { 24300 + $0 })
        evidence.messages.firstMessage = CalendarDay(iso: "2024-01-01")
        evidence.messages.lastMessage = CalendarDay(iso: last)
        return evidence
    }

    @Test func noEvidenceIsNominal() {
        let depth = assess(ConnectionEvidence())
        #expect(depth.tier == .nominal && !depth.dormant)
        #expect(depth.evidence == ["connected 2020; no messages, endorsements or recommendations in the export"])
    }

    @Test func oneWayMessagesAreNotARelationship() {
        let depth = assess(exchange(sent: 0, received: 12, months: 6))
        #expect(depth.tier == .nominal)
        #expect(depth.evidence[0].contains("never answered"))
    }

    @Test func oneTwoWayExchangeIsFamiliar() {
        #expect(assess(exchange(sent: 1, received: 1, months: 1, wordsSent: 50, wordsReceived: 50)).tier == .familiar)
    }

    @Test func pleasantriesAreNotARelationship() {
        // "Thanks for connecting!" / "Likewise!" within days of connecting.
        var ritual = exchange(sent: 1, received: 1, months: 1, wordsSent: 1, wordsReceived: 3)
        ritual.messages.firstMessage = CalendarDay(iso: "2020-01-03")
        ritual.messages.lastMessage = CalendarDay(iso: "2020-01-03")
        let depth = assess(ritual)
        #expect(depth.tier == .nominal && !depth.dormant && !depth.lapsed)
        #expect(depth.evidence[0] == "only pleasantries when you connected (2 messages, 4 words)")
        // A short exchange later on is still a pleasantry, and says so.
        let later = assess(exchange(sent: 1, received: 1, months: 1, wordsSent: 10, wordsReceived: 25))
        #expect(later.tier == .nominal)
        #expect(
            later.evidence[0]
                == "only pleasantries (2 messages both ways, 35 words; last on 2026-10-01): not yet a conversation")
    }

    @Test func substanceIsWordsEachWayAndOccasionsOrLength() {
        // One occasion: 100 words in all, 20 from the quieter side.
        #expect(assess(exchange(sent: 1, received: 1, months: 1, wordsSent: 80, wordsReceived: 20)).tier == .familiar)
        #expect(assess(exchange(sent: 1, received: 1, months: 1, wordsSent: 79, wordsReceived: 20)).tier == .nominal)
        #expect(assess(exchange(sent: 1, received: 1, months: 1, wordsSent: 90, wordsReceived: 19)).tier == .nominal)
        // Two occasions (months): 20 words each way are enough.
        #expect(assess(exchange(sent: 2, received: 2, months: 2, wordsSent: 20, wordsReceived: 20)).tier == .familiar)
        // A long exchange all within days of connecting is one occasion.
        var ritual = exchange(sent: 2, received: 2, months: 2, wordsSent: 20, wordsReceived: 20)
        ritual.messages.firstMessage = CalendarDay(iso: "2019-12-30")
        ritual.messages.lastMessage = CalendarDay(iso: "2020-01-05")
        #expect(assess(ritual).tier == .nominal)
        // Many messages of a few words stay pleasantries: no sustained exchange without substance.
        #expect(assess(exchange(sent: 6, received: 6, months: 4, wordsSent: 12, wordsReceived: 12)).tier == .nominal)
    }

    @Test func substanceThresholdsComeFromTheConfig() {
        var config = ScoringConfig()
        config.thresholds.substanceWordsEachWay = 2
        config.thresholds.substanceWords = 4
        let evidence = exchange(sent: 1, received: 1, months: 1, wordsSent: 2, wordsReceived: 2)
        let model = DepthModel(config: config, asOf: asOf)
        #expect(model.assess(person(), evidence: evidence, employers: employers, annotation: nil).tier == .familiar)
        #expect(assess(evidence).tier == .nominal)
    }

    @Test func sustainedExchangeIsTrustedAtTheBoundary() {
        #expect(assess(exchange(sent: 5, received: 5, months: 3)).tier == .trusted)
        #expect(assess(exchange(sent: 5, received: 4, months: 3)).tier == .familiar)  // 9 messages: below 10
        #expect(assess(exchange(sent: 5, received: 5, months: 2)).tier == .familiar)  // 2 months: below 3
        #expect(assess(exchange(sent: 8, received: 2, months: 3)).tier == .familiar)  // 2 from them: below 3 each way
    }

    @Test func currentColleaguesNeedTwiceTheContact() {
        #expect(assess(exchange(sent: 5, received: 5, months: 3), company: "Whitfield Advisory").tier == .familiar)
        #expect(assess(exchange(sent: 10, received: 10, months: 6), company: "Whitfield Advisory").tier == .trusted)
    }

    @Test func aRecommendationIsTrusted() {
        var evidence = ConnectionEvidence()
        evidence.recommendationsReceived = [CalendarDay(iso: "2025-02-14")]
        let depth = assess(evidence)
        #expect(depth.tier == .trusted && !depth.dormant)
        #expect(depth.evidence.contains("recommended you in 2025"))
    }

    @Test func mutualEndorsementsAreFamiliar() {
        var evidence = ConnectionEvidence()
        evidence.skillsEndorsedByThem = ["swift"]
        evidence.skillsEndorsedByOwner = ["go"]
        evidence.lastEndorsement = CalendarDay(iso: "2026-01-01")
        #expect(assess(evidence).tier == .familiar)
        evidence.skillsEndorsedByOwner = []
        #expect(assess(evidence).tier == .nominal)
    }

    @Test func formerColleagueWithATwoWayExchangeIsFamiliar() {
        let evidence = exchange(sent: 1, received: 1, months: 1, wordsSent: 3, wordsReceived: 5)
        let depth = assess(evidence, company: "Northwind Traders")
        #expect(depth.tier == .familiar)
        #expect(depth.formerEmployer == "Northwind Traders")
        #expect(depth.evidence.contains("works at Northwind Traders, where you worked (2016-2023)"))
        #expect(assess(ConnectionEvidence(), company: "Northwind Traders").tier == .nominal)
    }

    @Test func formerColleagueWithOneOneWaySignalStaysNominal() {
        var endorsed = ConnectionEvidence()
        endorsed.skillsEndorsedByThem = ["swift"]
        endorsed.lastEndorsement = CalendarDay(iso: "2020-01-01")
        let byEndorsement = assess(endorsed, company: "Northwind Traders")
        #expect(byEndorsement.tier == .nominal && !byEndorsement.dormant)
        #expect(byEndorsement.evidence.contains("endorsed you for 1 skill"))
        #expect(byEndorsement.evidence.contains("works at Northwind Traders, where you worked (2016-2023)"))
        let byMessage = assess(
            exchange(sent: 0, received: 1, months: 1, last: "2019-03-01"), company: "Northwind Traders")
        #expect(byMessage.tier == .nominal && !byMessage.dormant)
        #expect(
            byMessage.evidence.contains("1 message from them that you never answered (one-way; not a relationship)"))
        #expect(byMessage.evidence.contains("works at Northwind Traders, where you worked (2016-2023)"))
    }

    @Test func dormantAfterTwoYearsOfSilence() {
        #expect(assess(exchange(sent: 5, received: 5, months: 3, last: "2024-11-21")).dormant == false)
        #expect(assess(exchange(sent: 5, received: 5, months: 3, last: "2024-11-19")).dormant == true)
    }

    @Test func onlyATieWithSubstanceIsDormant() {
        // Familiar through a substantive exchange, then silence: a strong tie lost.
        let substantive = assess(exchange(sent: 2, received: 2, months: 2, last: "2022-05-01"))
        #expect(substantive.tier == .familiar && substantive.dormant && !substantive.lapsed)
        // Familiar only as a former colleague with a pleasantry: a dormant acquaintance.
        let light = assess(
            exchange(sent: 1, received: 1, months: 1, last: "2022-05-01", wordsSent: 3, wordsReceived: 4),
            company: "Northwind Traders")
        #expect(light.tier == .familiar && !light.dormant && light.lapsed)
        #expect(light.evidence.contains { $0.contains("a light tie, quiet for over 2 years (a dormant acquaintance)") })
    }

    @Test func aWeekOldConnectionIsNotYetARelationship() {
        var evidence = exchange(sent: 1, received: 1, months: 1, last: "2026-11-16")
        evidence.messages.firstMessage = CalendarDay(iso: "2026-11-15")
        let depth = assess(evidence, connected: "2026-11-14")
        #expect(depth.tier == .nominal)
        #expect(depth.evidence[0] == "known for only 6 days: too recent to be a relationship")
    }

    @Test func annotationsWinOverTheModel() {
        let annotation = Annotation(
            query: PersonQuery(name: "Ann Lee"), tier: .trusted, tags: ["church"], note: "", line: 2)
        let depth = assess(ConnectionEvidence(), annotation: annotation)
        #expect(depth.tier == .trusted && depth.annotated && depth.tags == ["church"])
        #expect(depth.evidence[0] == "your annotation: you marked them trusted; tagged church")
    }

    @Test func scoresStayInsideTheirTierBand() {
        #expect(assess(ConnectionEvidence()).score < 0.3)
        let familiar = assess(exchange(sent: 1, received: 1, months: 1, wordsSent: 50, wordsReceived: 50)).score
        #expect(familiar >= 0.3 && familiar < 0.6)
        #expect(assess(exchange(sent: 20, received: 20, months: 12)).score >= 0.6)
    }

    @Test func sampleDataTiersMatchTheStory() throws {
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip))
        func depth(_ name: String) -> RelationshipDepth? {
            analysis.depths.first { analysis.connection($0).name == name }
        }
        #expect(analysis.asOf?.description == "2026-11-20")
        for name in ["Maya Okafor", "Tomás Rivera", "Priya Natarajan", "Grace Lindqvist"] {
            #expect(depth(name)?.tier == .trusted && depth(name)?.dormant == false, "\(name)")
        }
        #expect(depth("Robert Kowalski")?.tier == .trusted && depth("Robert Kowalski")?.dormant == true)
        #expect(depth("Hannah Berg")?.dormant == true)
        for name in ["Ben Carter", "Sofia Marchetti", "Elizabeth Chen"] {
            #expect(depth(name)?.tier == .familiar, "\(name)")
        }
        for name in ["Pat Quinn", "Kevin Brandt", "Raj Malhotra", "Ingrid Halvorsen", "Zoë Müller"] {
            #expect(depth(name)?.tier == .nominal, "\(name)")
        }
    }

    @Test func configOverridesThresholds() throws {
        var config = ScoringConfig()
        config.thresholds.sustainedMessages = 100
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip), config: config)
        let grace = analysis.depths.first { analysis.connection($0).name == "Grace Lindqvist" }
        #expect(grace?.tier == .familiar)
    }
}

/// The config file: defaults with the file's settings laid over them.
struct ScoringConfigFileTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vouch-config-\(UUID().uuidString).json"
        ).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func partialFileOverridesOnlyWhatItNames() throws {
        let path = try write(#"{"thresholds": {"sustainedMessages": 100}, "weights": {"recommendation": 0.5}}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let config = try ScoringConfig.load(path: path)
        #expect(config.thresholds.sustainedMessages == 100)
        #expect(config.weights.recommendation == 0.5)
        #expect(config.thresholds.dormantAfterDays == ScoringConfig().thresholds.dormantAfterDays)
    }

    @Test func typosAreErrors() throws {
        let path = try write(#"{"thresholds": {"sustainedMesages": 100}}"#)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect {
            try ScoringConfig.load(path: path)
        } throws: { error in
            (error as? InputError)?.message.contains("unknown setting \"thresholds.sustainedMesages\"") == true
        }
    }
}

/// Scoring and the directory split large exports over two threads; the result must not change.
struct ParallelScoringTests {
    let asOf = CalendarDay(year: 2026, month: 11, day: 20) ?? CalendarDay(ordinal: 0)

    /// A large export is scored in two halves at once; every person must still get exactly
    /// the depth scoring them alone gives, in file order, hidden members left out.
    @Test func scoringInHalvesMatchesScoringEachPerson() {
        let count = Parallel.peopleWorthAThread + 905
        let companies = ["Northwind Traders", "Whitfield Advisory", "Elsewhere", ""]
        let connections = (0..<count).map { index in
            Connection(
                index: index, firstName: index % 97 == 0 ? "" : "Ann\(index)", lastName: index % 97 == 0 ? "" : "Lee",
                profileURL: nil, email: nil, company: companies[index % companies.count], position: "",
                connectedOn: CalendarDay(ordinal: 19_000 + Int32(index % 900)), line: index + 2)
        }
        var evidence = EvidenceTable(count: count)
        for index in stride(from: 0, to: count, by: 3) {
            var record = ConnectionEvidence()
            record.messages.messagesSent = index % 7
            record.messages.messagesReceived = index % 5
            record.messages.wordsSent = record.messages.messagesSent * 30
            record.messages.wordsReceived = record.messages.messagesReceived * 30
            record.messages.twoWayConversations =
                record.messages.messagesSent > 0 && record.messages.messagesReceived > 0 ? 1 : 0
            record.messages.activeMonths = MonthSet((0..<Int32(index % 4)).map { 24300 + $0 })
            record.messages.lastMessage = CalendarDay(ordinal: 20_000 + Int32(index % 700))
            evidence[index] = record
        }
        let positions = [
            OwnerPosition(
                company: "Northwind Traders", title: "", started: DateParser.parse("Mar 2016"),
                finished: DateParser.parse("May 2023")),
            OwnerPosition(
                company: "Whitfield Advisory", title: "", started: DateParser.parse("Jun 2023"), finished: nil),
        ]
        let export = LinkedInExport(
            owner: Owner(), directory: ConnectionDirectory(connections), positions: positions, schools: [],
            evidence: evidence, unmatchedRecommendations: [], exportDate: nil, latestDataDate: nil,
            conversationCount: 0, ledger: IngestLedger(), location: "generated")
        let model = DepthModel(asOf: asOf)
        let expected = connections.filter { !$0.isHidden }.map {
            model.assess(
                $0, evidence: evidence[$0.index],
                employers: EmployerHistory(positions: positions), annotation: nil)
        }
        let depths = model.assess(export)
        #expect(depths.count == expected.count)
        #expect(depths == expected)
        #expect(Set(depths.map { $0.tier }).count == 3)
    }

    /// The directory folds names in two halves at once; each must be the person's own.
    @Test func directoryNamesFoldedInHalvesMatchEachPerson() {
        let count = Parallel.peopleWorthAThread * 2 + 1
        let connections = (0..<count).map { index in
            Connection(
                index: index, firstName: ["José", "Zoë", "Ann"][index % 3] + "\(index)", lastName: "Müller-Lee",
                profileURL: nil, email: nil, company: "", position: "", connectedOn: nil, line: index + 2)
        }
        let directory = ConnectionDirectory(connections)
        #expect(directory.names == connections.map { PersonName(first: $0.firstName, last: $0.lastName) })
    }

    /// The lookups by profile key and e-mail are built beside those by name; on a directory
    /// large enough for that, each must answer as the rules say: the first visible connection
    /// with a key keeps it, the last with an e-mail does, and a name finds a connection only
    /// when no one else visible has it. Hidden members (no name) are found by none.
    @Test func exactLookupsBuiltAtOnceAnswerAsTheRulesSay() {
        let count = Parallel.peopleWorthAThread * 2 + 1
        let connections = (0..<count).map { index in
            let hidden = index % 101 == 0
            let namesake = index % 7 == 0
            return Connection(
                index: index, firstName: hidden ? "" : namesake ? "Sam" : "Ann\(index)", lastName: hidden ? "" : "Lee",
                profileURL: "https://www.linkedin.com/in/p\(index / 2)", email: "E\(index / 3)@example.com",
                company: "", position: "", connectedOn: nil, line: index + 2)
        }
        let directory = ConnectionDirectory(connections)
        var firstWithKey: [Int: Int] = [:]
        var lastWithEmail: [Int: Int] = [:]
        for connection in connections where !connection.isHidden {
            if firstWithKey[connection.index / 2] == nil { firstWithKey[connection.index / 2] = connection.index }
            lastWithEmail[connection.index / 3] = connection.index
        }
        for pair in 0...(count / 2) {
            #expect(directory.connection(forKey: ProfileKey(slug: "p\(pair)")) == firstWithKey[pair])
        }
        for trio in 0...(count / 3) {
            #expect(directory.connection(forEmail: "e\(trio)@EXAMPLE.com") == lastWithEmail[trio])
        }
        for connection in connections where !connection.isHidden && connection.firstName != "Sam" {
            #expect(directory.uniqueConnection(named: "\(connection.firstName) Lee") == connection.index)
        }
        #expect(directory.uniqueConnection(named: "Sam Lee") == nil)
    }
}
