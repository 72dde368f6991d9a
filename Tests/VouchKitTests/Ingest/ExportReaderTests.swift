import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchReport
@testable import VouchIO

struct ExportReaderTests {
    func names(_ export: LinkedInExport) -> [String] {
        export.connections.map(\.name)
    }

    @Test func connections2018() throws {
        let export = try readFixture("eras/connections-2018.csv")
        #expect(names(export) == ["Anna Berg", "Bo Lund"])
        #expect(export.connections[0].connectedOn?.description == "2018-01-08")
        #expect(export.connections[1].email == "bo@example.com")
        let file = try #require(export.ledger.files.first)
        #expect(file.rows == 2 && file.used == 2 && file.skippedCount == 0)
    }

    @Test func connections2019() throws {
        let export = try readFixture("eras/connections-2019.csv")
        #expect(export.connections.map { $0.connectedOn?.description } == ["2019-08-14", "2019-01-02"])
    }

    @Test func connections2021WithPreambleAndHiddenMember() throws {
        let export = try readFixture("eras/connections-2021.csv")
        #expect(names(export) == ["Anna Berg", "", "Bo Lund"])
        #expect(export.connections[1].isHidden)
        let file = try #require(export.ledger.files.first)
        #expect(file.rows == 3 && file.used == 3)
        #expect(file.variant.contains("preamble"))
    }

    @Test func connections2025WithPercentEncodedURLs() throws {
        let export = try readFixture("eras/connections-2025.csv")
        #expect(names(export) == ["Anna Berg", "José García"])
        #expect(export.connections[1].profileKey?.slug == "josé-garcía-2b")
        #expect(export.connections[1].position == "Head of Sales, EMEA")
        #expect(export.connections[0].connectedOn?.description == "2025-12-04")
    }

    @Test func excelResaveWithNAAndExcelDates() throws {
        let export = try readFixture("excel-resave.csv")
        #expect(export.connections.map { $0.connectedOn?.description } == ["2023-04-23", "2021-09-16"])
        #expect(export.connections[1].company == "")
    }

    @Test func semicolonSeparatedWithPaddedPreamble() throws {
        let export = try readFixture("semicolon-excel.csv")
        #expect(names(export) == ["Anna Berg", "Bo Lund"])
        #expect(export.connections[1].company == "Globex; Inc")
        #expect(export.ledger.files.first?.delimiter == "semicolon")
    }

    @Test func bomAndBlankLineBeforeHeader() throws {
        let export = try readFixture("bom-blank-line.csv")
        #expect(names(export) == ["Anna Berg"])
    }

    @Test func unterminatedQuoteSkipsOneRowAndKeepsTheRest() throws {
        let export = try readFixture("unterminated-quote.csv")
        #expect(names(export) == ["Bo Lund", "Cara Moe"])
        let file = try #require(export.ledger.files.first)
        #expect(file.rows == 3 && file.used == 2 && file.skippedCount == 1)
        #expect(file.skipped.first?.line == 2)
        #expect(file.rows == file.used + file.skippedCount)
    }

    @Test func mojibakeNamesAreRepaired() throws {
        #expect(names(try readFixture("mojibake-names.csv")) == ["José García"])
    }

    @Test func windows1252IsDecodedWithAWarning() throws {
        let export = try readFixture("windows-1252.csv")
        #expect(names(export) == ["José Müller"])
        #expect(export.connections[0].company == "Café Ltd")
        #expect(export.ledger.files.first?.warnings.contains { $0.contains("Windows-1252") } == true)
        // The table says what the text was decoded as, as the warning does.
        #expect(export.ledger.files.first?.encoding == "Windows-1252")
        #expect(InspectReport.markdown(export).contains("| connections, Windows-1252, comma |"))
    }

    /// A file read in parts (messages.csv, split on two threads) shows Windows-1252 when
    /// only its later part needed it.
    @Test func aLaterPartReadAsWindows1252SetsTheFilesEncoding() {
        var first = FileLedger(name: "messages.csv", kind: .export(.messages))
        var later = FileLedger(name: "messages.csv", kind: .export(.messages))
        later.encoding = "Windows-1252"
        first.append(later, lineOffset: 10)
        #expect(first.encoding == "Windows-1252")
        var plain = FileLedger(name: "messages.csv", kind: .export(.messages))
        plain.append(FileLedger(name: "messages.csv", kind: .export(.messages)), lineOffset: 10)
        #expect(plain.encoding == "UTF-8")
    }

    @Test func headerlessCopyIsReadByPosition() throws {
        let export = try readFixture("no-header.csv")
        #expect(names(export) == ["Anna Berg", "Bo Lund"])
        #expect(export.connections[0].profileKey?.slug == "anna-berg-1a")
    }

    @Test func garbageWhoseFirstLineHasSevenFieldsIsNotReadByPosition() throws {
        // Random bytes have a line of seven fields now and then; the rest of their lines do not.
        var text = "\u{1}x,\u{2},\u{3},\u{4},\u{5},\u{6},\u{7}\n"
        for index in 0..<60 { text += "\u{8}\(index)\u{1B}|\u{7F}\(index % 3 == 0 ? "," : "")\u{2}\n" }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("garbage-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: path)
        defer { try? FileManager.default.removeItem(at: path) }
        #expect {
            try ExportReader.read(path.path)
        } throws: { error in
            (error as? IngestError)?.message.contains("no header row") == true
        }
    }

    @Test func googleContactsGetsAClearError() {
        #expect {
            try readFixture("google-contacts.csv")
        } throws: { error in
            (error as? IngestError)?.message.contains("Google Contacts") == true
        }
    }

    @Test func missingPathIsAClearError() {
        #expect(throws: IngestError.notFound(path: "/nonexistent/export.zip")) {
            try ExportReader.read("/nonexistent/export.zip")
        }
    }

    @Test func folderWithoutConnectionsNamesWhatItFound() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vouch-no-connections-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "a,b\n".write(to: folder.appendingPathComponent("Learning.csv"), atomically: true, encoding: .utf8)
        #expect {
            try ExportReader.read(folder.path)
        } throws: { error in
            guard case .noConnections(_, let found) = error as? IngestError else { return false }
            return found == ["Learning.csv"]
        }
    }

    @Test func corruptZipIsAClearError() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vouch-corrupt-\(UUID().uuidString).zip"
        ).path
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: IngestError.self) { try ExportReader.read(path) }
    }

    @Test func utf16TabEndorsementsFold() throws {
        let export = try readExport(copying: [
            "Connections.csv": "eras/connections-2019.csv", "Endorsement Received Info.csv": "utf16-tab.csv",
        ])
        let file = try #require(export.ledger.file(kind: .export(.endorsementsReceived)))
        #expect(file.encoding == "UTF-16LE" && file.delimiter == "tab")
        #expect(file.rows == 2 && file.used == 2)
        #expect(export.evidence[0].skillsEndorsedByThem == ["swift"])
    }

    @Test func messageErasAllFold() throws {
        for (file, expectedTwoWay) in [
            ("eras/messages-2018.csv", 1), ("eras/messages-2022.csv", 1), ("eras/messages-2025.csv", 1),
        ] {
            let export = try readExport(copying: ["Connections.csv": "eras/connections-2025.csv", "messages.csv": file])
            let evidence = export.evidence[0]
            #expect(evidence.messages.twoWayConversations == expectedTwoWay, "\(file)")
            #expect(evidence.messages.messagesSent == 1 && evidence.messages.messagesReceived == 1, "\(file)")
            #expect(export.owner.name == "Owen Owner", "\(file)")
            let ledger = try #require(export.ledger.file(kind: .export(.messages)))
            #expect(ledger.rows == ledger.used + ledger.skippedCount)
        }
    }

    @Test func messages2025ExcludesSpamDraftsAndAdsAndSkipsBadDates() throws {
        let export = try readExport(copying: [
            "Connections.csv": "eras/connections-2025.csv", "messages.csv": "eras/messages-2025.csv",
        ])
        let ledger = try #require(export.ledger.file(kind: .export(.messages)))
        #expect(ledger.rows == 6)
        #expect(ledger.excluded == [.draft: 1, .sponsoredConversation: 1, .spamFolder: 1])
        #expect(ledger.skipped == [SkippedRow(line: 7, reason: "unreadable date")])
    }

    @Test func sampleZipAndFolderReadTheSame() throws {
        let zip = try ExportReader.read(TestPaths.sampleZip)
        let folder = try ExportReader.read(TestPaths.sampleFolder)
        #expect(zip.connections == folder.connections)
        #expect(zip.evidence == folder.evidence)
        #expect(zip.owner.name == "Dana Whitfield")
        #expect(zip.owner.profileURL == "https://www.linkedin.com/in/dana-whitfield-7c21a9")
        #expect(zip.exportDate?.description == "2026-11-20")
        for file in zip.ledger.files {
            #expect(file.rows == file.used + file.skippedCount, "\(file.name)")
        }
        #expect(zip.ledger.ignoredFiles == ["Learning.csv", "Reactions.csv"])
    }
}

/// Invitations across their header generations: names when URLs are missing, URNs or bare.
struct InvitationEraTests {
    func read(_ invitations: String) throws -> LinkedInExport {
        try readExport(copying: ["Connections.csv": "eras/connections-2025.csv", "Invitations.csv": invitations])
    }

    @Test func firstFiveColumns2018To2022() throws {
        let export = try read("eras/invitations-2020.csv")
        #expect(
            export.evidence[0].invitation
                == InvitationFact(sentByOwner: true, hasNote: true, date: CalendarDay(iso: "2020-01-08")))
        #expect(export.evidence[1].invitation?.sentByOwner == false)
        #expect(export.ledger.file(kind: .export(.invitations))?.used == 2)
    }

    @Test func urnColumnsOfMid2023FallBackToNames() throws {
        let export = try read("eras/invitations-mid2023.csv")
        #expect(export.evidence[0].invitation?.hasNote == true)
        #expect(export.owner.profileURL == nil)  // a member URN is not a profile URL
    }

    /// The owner's URL is the one on most outgoing invitations; a tie goes to the first in key
    /// order, not to whichever a dictionary lists first (its order changes from run to run).
    @Test func ownerURLOnATieIsTheFirstInKeyOrder() throws {
        let slugs = ["owen-e", "owen-b", "owen-d", "owen-a", "owen-c"]
        let rows = slugs.map { slug in
            "Owen Owner,Someone Else,\"1/8/20, 6:14 PM\",,OUTGOING,https://www.linkedin.com/in/\(slug),"
        }
        let invitations = (["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl"] + rows)
            .joined(separator: "\n")
        // Read several times: a dictionary's order differs from one table to the next.
        for _ in 0..<10 {
            let export = try readExport(
                copying: ["Connections.csv": "eras/connections-2025.csv"], writing: ["Invitations.csv": invitations])
            #expect(export.owner.profileURL == "https://www.linkedin.com/in/owen-a")
        }
    }

    /// Invitations and Endorsements are read beside Connections and matched to connections
    /// once the directory is built, in file order, as reading them after would: a person
    /// invited twice keeps the later invitation, a URL no connection has falls back to a name
    /// only one connection has, and without Profile.csv the owner's name is the addressee of
    /// the first incoming invitation.
    @Test func rowsReadBesideConnectionsAreMatchedInFileOrder() throws {
        let invitations = [
            "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
            "Anna Berg,Owen Owner,\"1/8/20, 6:14 PM\",,INCOMING,https://www.linkedin.com/in/anna-berg-1a,",
            "Someone,Not The Owner,\"1/9/20, 6:14 PM\",,INCOMING,,",
            "Owen Owner,Anna Berg,\"2/8/21, 6:14 PM\",Hello,OUTGOING,https://www.linkedin.com/in/owen,"
                + "https://www.linkedin.com/in/anna-berg-1a",
            "Owen Owner,José García,\"3/8/22, 6:14 PM\",,OUTGOING,https://www.linkedin.com/in/owen,"
                + "https://www.linkedin.com/in/someone-else",
        ].joined(separator: "\n")
        let endorsements = [
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status",
            "2024/01/02 10:00:00 UTC,Swift,José,García,,ACCEPTED",
        ].joined(separator: "\n")
        let export = try readExport(
            copying: ["Connections.csv": "eras/connections-2025.csv"],
            writing: ["Invitations.csv": invitations, "Endorsement_Received_Info.csv": endorsements])
        #expect(export.owner.name == "Owen Owner")
        #expect(export.owner.profileURL == "https://www.linkedin.com/in/owen")
        #expect(
            export.evidence[0].invitation
                == InvitationFact(sentByOwner: true, hasNote: true, date: CalendarDay(iso: "2021-02-08")))
        #expect(
            export.evidence[1].invitation
                == InvitationFact(sentByOwner: true, hasNote: false, date: CalendarDay(iso: "2022-03-08")))
        #expect(export.evidence[1].skillsEndorsedByThem == ["swift"])
        #expect(
            export.ledger.files.map(\.kind) == [
                .export(.connections), .export(.invitations), .export(.endorsementsReceived),
            ])
    }

    @Test func bareURLsOfLate2023AreMissingData() throws {
        let export = try read("eras/invitations-late2023.csv")
        #expect(export.evidence[0].invitation?.date == CalendarDay(iso: "2023-11-08"))
        #expect(export.owner.profileURL == nil)
    }
}

/// Messages are folded per conversation as soon as the next one starts; a conversation whose
/// rows are not together makes the reader read again, exactly.
struct MessageStreamingTests {
    @Test func interleavedConversationsGiveTheExactResult() throws {
        let export = try readExport(copying: [
            "Profile.csv": "eras/profile.csv", "Connections.csv": "eras/connections-2025.csv",
            "messages.csv": "eras/messages-interleaved.csv",
        ])
        let anna = export.evidence[0]
        #expect(anna.messages.conversations == 1 && anna.messages.twoWayConversations == 1)
        #expect(anna.messages.messagesSent == 1 && anna.messages.messagesReceived == 1)
        #expect(anna.messages.activeMonths.count == 2)
        #expect(export.conversationCount == 2)
        let ledger = try #require(export.ledger.file(kind: .export(.messages)))
        #expect(ledger.rows == 3 && ledger.used == 3)  // counted once, not once per pass
    }

    @Test func streamedAndKeptTalliesAgree() throws {
        // With Profile.csv the owner is known up front and conversations stream; without it
        // every tally is kept until the owner is inferred. Both must give the same evidence.
        let streamed = try readExport(copying: [
            "Profile.csv": "eras/profile.csv", "Connections.csv": "eras/connections-2025.csv",
            "messages.csv": "eras/messages-2025.csv",
        ])
        let kept = try readExport(copying: [
            "Connections.csv": "eras/connections-2025.csv", "messages.csv": "eras/messages-2025.csv",
        ])
        #expect(streamed.evidence == kept.evidence)
    }

    @Test func anOwnerKnownOnlyByNameIsRecognisedUnderTheirURL() throws {
        // Profile.csv gives the owner's name, and no invitation gives their URL: their own
        // rows carry a URL with their name, first seen among the recipients. Their replies
        // count as theirs, while a connection of the same name stays a connection.
        let owner = SplitReadTests.owner
        let anna = SplitReadTests.anna
        let namesake = "https://www.linkedin.com/in/owen-owner-2"
        let files = SplitReadTests.annaAndOwen(
            messages: [
                "c1,,Anna Berg,\(anna),Owen Owner,\(owner),2025-01-02 10:00:00 UTC,,hello there,INBOX",
                "c1,,Owen Owner,\(owner),Anna Berg,\(anna),2025-01-03 10:00:00 UTC,,hi back,INBOX",
                "c2,,Anna Berg,\(anna),Owen Owner,\(owner),2025-02-03 10:00:00 UTC,,again,INBOX",
                "c3,,Owen Owner,\(namesake),Owen Owner,\(owner),2025-03-03 10:00:00 UTC,,same name,INBOX",
            ], moreConnections: ["Owen,Owner,\(namesake),,Initech,Eng,01 Mar 2021"])
        let export = try SplitReadTests.readBothWays(files).whole
        let annaEvidence = export.evidence[0]
        #expect(annaEvidence.messages.messagesSent == 1 && annaEvidence.messages.messagesReceived == 2)
        #expect(annaEvidence.messages.twoWayConversations == 1 && annaEvidence.messages.wordsSent == 2)
        #expect(export.evidence[1].messages.messagesReceived == 1)
    }
}
