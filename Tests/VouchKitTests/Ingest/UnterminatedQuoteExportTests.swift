import Testing

@testable import VouchIngest
@testable import VouchIO

/// A message whose quote never closes on its line: the row is skipped with its line, and the
/// message on the next line, which the open quote would swallow, is counted for its person.
/// In the current layout of messages.csv and an older one, and in Connections.csv.
struct UnterminatedQuoteExportTests {
    static let anna = "https://www.linkedin.com/in/anna-berg-1a"
    static let jose = "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-2b"
    static let owen = "https://www.linkedin.com/in/owen-owner"

    /// Rows: sender, sender URL, recipient, recipient URL, day, content (already quoted as the
    /// file has it). Line 3 opens a quote it never closes; lines 5-6 are one message over two
    /// lines.
    static let rows: [(String, String, String, String, String, String, String)] = [
        ("c2", "José García", jose, "Owen Owner", owen, "2025-11-01", "See you at the meetup"),
        ("c2", "José García", jose, "Owen Owner", owen, "2025-11-02", "\"Also, one more thing about the \"\"meetup"),
        ("c1", "Owen Owner", owen, "Anna Berg", anna, "2025-11-03", "\"Likewise, great to connect!\""),
        ("c1", "Anna Berg", anna, "Owen Owner", owen, "2025-11-04", "\"Thanks!\nAnd a second line, with a comma\""),
    ]

    enum Layout: String, CaseIterable, Sendable {
        /// CONVERSATION ID … RECIPIENT PROFILE URLS … ATTACHMENTS, IS MESSAGE DRAFT.
        case current
        /// 2020-2022: no recipient URLs, nothing after FOLDER.
        case older

        var messages: String {
            switch self {
            case .current:
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT\n"
                    + rows.map { "\($0.0),,\($0.1),\($0.2),\($0.3),\($0.4),\($0.5) 10:00:00 UTC,,\($0.6),INBOX,,No\n" }
                    .joined()
            case .older:
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
                    + rows.map { "\($0.0),,\($0.1),\($0.2),\($0.3),\($0.5) 10:00:00 UTC,,\($0.6),INBOX\n" }.joined()
            }
        }
    }

    static func read(_ layout: Layout) throws -> LinkedInExport {
        try readExport(
            copying: ["Connections.csv": "eras/connections-2025.csv"], writing: ["messages.csv": layout.messages])
    }

    @Test(arguments: Layout.allCases)
    func theMessageAfterABrokenQuoteIsCountedForItsPerson(_ layout: Layout) throws {
        let export = try Self.read(layout)
        #expect(export.owner.name == "Owen Owner")
        let anna = export.evidence[0].messages
        // The reply on line 4 is not swallowed: Anna had one message from the owner and wrote one.
        #expect(anna.messagesSent == 1 && anna.messagesReceived == 1, "\(layout) \(anna)")
        #expect(anna.twoWayConversations == 1, "\(layout)")
        // José's broken message is skipped, his first one counted; nothing of Anna's is his.
        let jose = export.evidence[1].messages
        #expect(jose.messagesReceived == 1 && jose.messagesSent == 0, "\(layout) \(jose)")
    }

    @Test(arguments: Layout.allCases)
    func theLedgerListsTheSkipWithItsLine(_ layout: Layout) throws {
        let ledger = try #require(try Self.read(layout).ledger.file(kind: .export(.messages)))
        #expect(ledger.rows == 4 && ledger.used == 3 && ledger.skippedCount == 1, "\(layout)")
        #expect(ledger.rows == ledger.used + ledger.skippedCount)
        let skip = try #require(ledger.skipped.first)
        #expect(skip.line == 3, "\(layout)")
        #expect(skip.reason.hasPrefix("unterminated quote: "), "\(skip.reason)")
    }

    /// Any file read as a table: a company whose quote never closes swallows no connection.
    @Test func connectionsGetTheSameRule() throws {
        let connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Anna,Berg,https://www.linkedin.com/in/anna-berg-1a,,"Acme, Inc,Engineer,04 Dec 2025
            Bo,Lund,https://www.linkedin.com/in/bo-lund-2b,,"Globex, Ltd",Sales,02 Jan 2024
            Cara,Moe,https://www.linkedin.com/in/cara-moe-3c,,Initech,Analyst,03 Jan 2024

            """
        let export = try readExport(copying: [:], writing: ["Connections.csv": connections])
        #expect(export.connections.map(\.name) == ["Bo Lund", "Cara Moe"])
        #expect(export.connections.first?.company == "Globex, Ltd")
        let ledger = try #require(export.ledger.file(kind: .export(.connections)))
        #expect(ledger.rows == 3 && ledger.used == 2 && ledger.skipped.map(\.line) == [2])
    }
}

extension UnterminatedQuoteExportTests {
    /// messages.csv read in two parts: a broken quote in each half is skipped at its line of
    /// the whole file, the message after it kept, and the report is that of one pass.
    @Test(arguments: [false, true])
    func aBrokenQuoteInEitherHalfOfASplitRead(zipped: Bool) throws {
        let (owner, anna) = (SplitReadTests.owner, SplitReadTests.anna)
        var rows: [String] = []
        for index in 0..<60 {
            let content =
                index == 10 || index == 50 ? "\"Also, one more thing about the \"\"meetup" : "\"Hi, number \(index)\""
            rows.append(
                index % 2 == 0
                    ? "c\(index / 2),,Anna Berg,\(anna),Owen Owner,\(owner),2025-01-02 10:00:00 UTC,,\(content),INBOX"
                    : "c\(index / 2),,Owen Owner,\(owner),Anna Berg,\(anna),2025-01-03 10:00:00 UTC,,\(content),INBOX")
        }
        let (whole, split) = try SplitReadTests.readBothWays(SplitReadTests.annaAndOwen(messages: rows), zipped: zipped)
        #expect(SplitReadTests.parts(split) == 2)
        for export in [whole, split] {
            let ledger = try #require(export.ledger.file(kind: .export(.messages)))
            // Rows 10 and 50 (lines 12 and 52) are skipped; the replies after them are counted.
            #expect(ledger.skipped.map(\.line) == [12, 52])
            #expect(ledger.rows == 60 && ledger.used == 58)
            #expect(export.evidence[0].messages.messagesReceived == 28)
            #expect(export.evidence[0].messages.messagesSent == 30)
        }
        #expect(SplitReadTests.json(split) == SplitReadTests.json(whole))
    }
}
