import Foundation
import Testing

@testable import VouchDates
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchReport
@testable import VouchIO

/// messages.csv read in two halves on two threads gives the report one pass gives, byte for
/// byte, and the ledger's line numbers are those of the whole file.
struct SplitReadTests {
    /// Writes `files` into a fresh folder (or a zip of deflated entries) and returns its path.
    static func write(_ files: [String: String], zipped: Bool) throws -> String {
        if zipped {
            return try ZipWriter(entries: files.sorted { $0.key < $1.key }.map { ZipWriter.Entry($0.key, $0.value) })
                .write()
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-split-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return folder.path
    }

    /// Writes `files` (see ``write(_:zipped:)``), reads them in one pass and split, and
    /// returns both.
    static func readBothWays(
        _ files: [String: String], zipped: Bool = false
    ) throws -> (whole: LinkedInExport, split: LinkedInExport) {
        let path = try write(files, zipped: zipped)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try ExportReader.read(ExportSources.open(path), pageAsOf: nil, progress: nil, splitAbove: .max)
        let split = try ExportReader.read(ExportSources.open(path), pageAsOf: nil, progress: nil, splitAbove: 0)
        return (whole, split)
    }

    static let owner = "https://www.linkedin.com/in/owner-1"
    static let anna = "https://www.linkedin.com/in/anna-berg"

    /// An export of Owen (Profile.csv), his connection Anna and any `moreConnections` (rows of
    /// Connections.csv), and these message rows.
    static func annaAndOwen(messages rows: [String], moreConnections: [String] = []) -> [String: String] {
        [
            "Connections.csv": "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Anna,Berg,\(anna),,Acme,Eng,01 Mar 2020\n" + moreConnections.map { $0 + "\n" }.joined(),
            "Profile.csv": "First Name,Last Name,Headline\nOwen,Owner,Boss\n",
            "messages.csv":
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
                + rows.joined(separator: "\n") + "\n",
        ]
    }

    static func json(_ export: LinkedInExport) -> String {
        AnalyzeReport.json(Analysis(export: export, asOf: CalendarDay(iso: "2026-11-20")))
    }

    static func parts(_ export: LinkedInExport) -> Int {
        export.ledger.file(kind: .export(.messages))?.parts ?? 0
    }

    /// The generated export with its messages grouped by conversation, as LinkedIn writes them.
    static func grouped(_ export: LedgerPropertyTests.Export) -> LedgerPropertyTests.Export {
        var export = export
        guard let messages = export.files["messages.csv"] else { return export }
        var lines = messages.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        let rows = lines.enumerated().sorted {
            ($0.element.prefix { $0 != "," }, $0.offset) < ($1.element.prefix { $0 != "," }, $1.offset)
        }
        export.files["messages.csv"] = ([header] + rows.map(\.element)).joined(separator: "\n") + "\n"
        return export
    }

    @Test func sampleExportSplitGivesTheSameReport() throws {
        let whole = try ExportReader.read(
            ExportSources.open(TestPaths.sampleFolder), pageAsOf: nil, progress: nil, splitAbove: .max)
        let split = try ExportReader.read(
            ExportSources.open(TestPaths.sampleFolder), pageAsOf: nil, progress: nil, splitAbove: 0)
        #expect(Self.parts(whole) == 1)
        #expect(Self.parts(split) == 2)
        #expect(whole.ledger.file(kind: .export(.messages))?.readMethod?.reasons == [.smallFile])
        #expect(split.ledger.file(kind: .export(.messages))?.readMethod?.inParts == true)
        #expect(Self.json(split) == Self.json(whole))
        #expect(split.conversationCount == whole.conversationCount)
    }

    /// Folders, and zips (whose second part inflates the bytes before it and starts later).
    @Test(arguments: [false, true])
    func generatedExportsSplitGiveTheSameReportAndLines(zipped: Bool) throws {
        var splitCount = 0
        for seed in 0..<25 {
            var export = Self.grouped(LedgerPropertyTests.generate(seed: UInt64(seed)))
            export.files["messages.csv"] = LedgerPropertyTests.damaged(
                export.files["messages.csv"] ?? "", seed: UInt64(seed))
            let (whole, split) = try Self.readBothWays(export.files, zipped: zipped)
            if Self.parts(split) == 2 { splitCount += 1 }
            #expect(Self.json(split) == Self.json(whole), "seed \(seed)")
            let wholeLedger = whole.ledger.file(kind: .export(.messages))
            let splitLedger = split.ledger.file(kind: .export(.messages))
            #expect(splitLedger?.skipped == wholeLedger?.skipped, "seed \(seed)")
            #expect(splitLedger?.rows == wholeLedger?.rows, "seed \(seed)")
            #expect(split.conversationCount == whole.conversationCount, "seed \(seed)")
        }
        #expect(splitCount >= 20)  // the threaded path really ran
    }

    @Test(arguments: [false, true])
    func withNoPlaceToSplitTheFirstThreadReadsTheWholeFile(zipped: Bool) throws {
        // The second half of the file is one long message and a last row: no line feed there
        // is followed by four records, so there is no split and the first thread reads on.
        let long = String(repeating: "word ", count: 2_000)
        let files = Self.annaAndOwen(messages: [
            "c1,,Anna Berg,\(Self.anna),Owen Owner,\(Self.owner),2025-01-02 10:00:00 UTC,,hello,INBOX",
            "c1,,Owen Owner,\(Self.owner),Anna Berg,\(Self.anna),2025-01-03 10:00:00 UTC,,\(long),INBOX",
            "c2,,Anna Berg,\(Self.anna),Owen Owner,\(Self.owner),2025-02-03 10:00:00 UTC,,again,INBOX",
        ])
        let (whole, split) = try Self.readBothWays(files, zipped: zipped)
        #expect(Self.parts(split) == 1)
        #expect(Self.json(split) == Self.json(whole))
        #expect(split.evidence[0].messages.messagesReceived == 2)
        #expect(split.evidence[0].messages.twoWayConversations == 1)
        #expect(split.evidence[0].messages.wordsSent == 2_000)

        // The split read itself gives the whole file's ledger: no second read in one go.
        let path = try Self.write(files, zipped: zipped)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let source = try ExportSources.open(path)
        var state = ReadState()
        for (kind, name) in [(ExportFileKind.profile, "Profile.csv"), (.connections, "Connections.csv")] {
            var ledger = FileLedger(name: name, kind: .export(kind))
            try TableReader.read(source, entry: ExportEntry(path: name), schema: kind.schema, ledger: &ledger) {
                row, ledger in state.fold(row, kind: kind, ledger: &ledger)
            }
        }
        state.finishConnections()
        let outcome = try SplitRead.readMessages(
            source, entry: ExportEntry(path: "messages.csv"), state: &state, minimumSize: 0, progress: nil)
        guard case .whole(let ledger, because: .noRecordBoundary) = outcome else {
            Issue.record("not read whole for want of a split: \(outcome)")
            return
        }
        #expect(ledger.parts == 1 && ledger.rows == 3)
        #expect(split.ledger.file(kind: .export(.messages))?.readMethod?.reasons == [.noRecordBoundary])
    }

    @Test func conversationsOnBothSidesOfTheSplitAreReadAgainExactly() throws {
        // Ungrouped rows: conversation ids come back on both sides of the split.
        for seed in 0..<10 {
            let export = LedgerPropertyTests.generate(seed: UInt64(seed))
            let (whole, split) = try Self.readBothWays(export.files)
            #expect(Self.json(split) == Self.json(whole), "seed \(seed)")
            let method = split.ledger.file(kind: .export(.messages))?.readMethod
            #expect(method?.reasons == [.conversationsNotGrouped] && method?.passes == 2, "seed \(seed)")
        }
    }

    /// A conversation opened by an InMail (its earliest message, the file's last row of it)
    /// and cut by the split is discounted the same either way.
    @Test func anInMailConversationCutByTheSplitIsDiscountedBothWays() throws {
        var rows: [String] = []
        for day in stride(from: 28, to: 2, by: -1) {
            let fromOwner = day % 2 == 0
            let (from, to) =
                fromOwner
                ? ("Owen Owner,\(Self.owner)", "Anna Berg,\(Self.anna)")
                : ("Anna Berg,\(Self.anna)", "Owen Owner,\(Self.owner)")
            rows.append(
                "c1,,\(from),\(to),2025-01-\(day < 10 ? "0" : "")\(day) 10:00:00 UTC,,a reply of several plain words here,INBOX"
            )
        }
        rows.append(
            "c1,,Anna Berg,\(Self.anna),Owen Owner,\(Self.owner),2025-01-02 10:00:00 UTC,Senior role,\"<p>Hi Owen, a role for you</p>\",INBOX"
        )
        let (whole, split) = try Self.readBothWays(Self.annaAndOwen(messages: rows))
        #expect(Self.parts(split) == 2)
        #expect(Self.json(split) == Self.json(whole))
        for export in [whole, split] {
            #expect(export.evidence[0].messages.discountedConversations == 1)
            #expect(
                export.evidence[0].messages.messagesSent == 0 && export.evidence[0].messages.twoWayConversations == 0)
        }
    }

    @Test func aSplitInsideAQuotedMessageFallsBackToOnePass() throws {
        // One long message whose lines look like records: the split point lands inside it,
        // the first half does not end between records, and the file is read in one go.
        let fake = String(repeating: "x,x,x,x,x,x,x,x,x,x\n", count: 400)
        let files = Self.annaAndOwen(messages: [
            "c1,,Anna Berg,\(Self.anna),Owen Owner,\(Self.owner),2025-01-02 10:00:00 UTC,,\"Notes:\n\(fake)\",INBOX",
            "c1,,Owen Owner,\(Self.owner),Anna Berg,\(Self.anna),2025-01-03 10:00:00 UTC,,thanks,INBOX",
        ])
        let (whole, split) = try Self.readBothWays(files)
        #expect(Self.parts(split) == 1)
        #expect(Self.json(split) == Self.json(whole))
        #expect(split.evidence[0].messages.twoWayConversations == 1)
        let method = split.ledger.file(kind: .export(.messages))?.readMethod
        #expect(method?.reasons == [.partsDidNotMeet] && method?.passes == 2 && method?.streamed == true)
    }

    /// A half that finishes first takes part of what the other has left, with a third fold:
    /// the report, the skipped rows' lines and the conversations are those of one pass,
    /// whichever half is taken from. The half with the short rows (more rows to the byte) is
    /// the slow one, so the other takes from it; which half finishes first is still up to the
    /// machine, so the file is read again until it has (nearly always the first time).
    @Test(arguments: [true, false])
    func aHalfThatFinishesFirstTakesFromTheOtherAndTheReportIsTheSame(shortRowsFirst: Bool) throws {
        let people = (0..<40).map { "https://www.linkedin.com/in/person-\($0)" }
        let connections = people.indices.map { "Person,Number\($0),\(people[$0]),,Acme,Eng,01 Mar 2020" }
        // About 12 MB in conversations of one to seven rows, a group thread every so often, and
        // an unreadable date now and then (a skipped row, whose line must be the whole file's).
        var rows: [String] = []
        var size = 0
        var conversation = 0
        let long = String(repeating: "a few words of a message ", count: 160)
        while size < 12 << 20 {
            conversation += 1
            let text = (size < 6 << 20) == shortRowsFirst ? "hi" : long
            let person = people[conversation % people.count]
            let others = conversation % 9 == 0 ? "\"" + people.prefix(5).joined(separator: ",") + "\"" : person
            for message in 0..<(1 + conversation % 7) {
                let month = 10 + conversation % 3
                let date = conversation % 101 == 0 && message == 0 ? "someday" : "2025-\(month)-03 10:00:00 UTC"
                let row =
                    message % 2 == 1
                    ? "c\(conversation),,Owen Owner,\(Self.owner),Them,\(others),\(date),,\(text),INBOX"
                    : "c\(conversation),,Them,\(person),Owen Owner,\(Self.owner),\(date),,\(text),INBOX"
                rows.append(row)
                size += row.utf8.count + 1
            }
        }
        let path = try Self.write(Self.annaAndOwen(messages: rows, moreConnections: connections), zipped: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try ExportReader.read(ExportSources.open(path), pageAsOf: nil, progress: nil, splitAbove: .max)
        let wholeLedger = whole.ledger.file(kind: .export(.messages))
        #expect(wholeLedger?.skippedCount ?? 0 > 0)
        var taken = false
        for _ in 0..<10 where !taken {
            let split = try ExportReader.read(
                ExportSources.open(path), pageAsOf: nil, progress: nil, splitAbove: 0, takenAbove: 1)
            let parts = Self.parts(split)
            taken = parts == 3
            #expect(parts == 2 || parts == 3)
            #expect(Self.json(split) == Self.json(whole))
            #expect(split.ledger.file(kind: .export(.messages))?.skipped == wholeLedger?.skipped)
            #expect(split.ledger.file(kind: .export(.messages))?.rows == wholeLedger?.rows)
            #expect(split.conversationCount == whole.conversationCount)
        }
        #expect(taken)
    }
}
