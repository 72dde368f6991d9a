import Foundation
import VouchDates
import VouchIO
import VouchIdentity

/// Reads a LinkedIn export (zip, folder or single file) into a ``LinkedInExport``.
///
/// The order is fixed by streaming: the small files that build the identity index first
/// (Profile, Positions, Education, Connections), then the evidence files that fold into it
/// (Invitations, Endorsements, Recommendations), messages last. A file that cannot be read
/// becomes a ledger entry; only a missing or unreadable Connections file stops the read.
public enum ExportReader {
    /// Reads the export at `path` and merges the saved connections pages in `extraPages`;
    /// `progress` hears about every chunk read. The as-of day (``AsOfDay``) anchors relative
    /// dates on saved pages ("Connected 5 months ago"). `asOf`, given, is also a cutoff: rows dated after it (connections,
    /// invitations, endorsements, recommendations, messages) are left out and counted so.
    public static func read(
        _ path: String, asOf: CalendarDay? = nil, extraPages: [String] = [],
        progress: ((ReadProgress) -> Void)? = nil
    ) throws -> LinkedInExport {
        let source: ExportSource
        do {
            source = try ExportSources.open(path)
        } catch let error as SourceError {
            throw IngestError(error)
        }
        var export = try read(
            source, pageAsOf: AsOfDay.resolve(given: asOf, export: nil, file: path), cutoff: asOf,
            progress: progress)
        for page in extraPages {
            let bytes = [UInt8](try InputFile.read(page, what: "saved connections page"))
            let anchor = AsOfDay.resolve(given: asOf, export: export, file: page)
            PageMerge.merge(
                try ConnectionPageReader.parse(bytes: bytes, source: page, asOf: anchor), named: page, into: &export)
        }
        return export
    }

    /// Reads an already opened source; rows dated after `cutoff` are left out.
    public static func read(
        _ source: ExportSource, pageAsOf: CalendarDay? = nil, cutoff: CalendarDay? = nil,
        progress: ((ReadProgress) -> Void)? = nil
    ) throws -> LinkedInExport {
        try read(source, pageAsOf: pageAsOf, cutoff: cutoff, progress: progress, splitAbove: SplitRead.minimumSize)
    }

    /// Reads an already opened source; a messages file of `splitAbove` bytes or more is read
    /// in two halves at once, and a half with `takenAbove` bytes left when the other is done
    /// shares them (see ``SplitRead``).
    ///
    /// The files are read in reading order, in three runs: the identity files beside the files
    /// that wait for it (``readFirstRun(_:_:state:ledger:)``) and who those wait for beside the
    /// name index (``settle(_:messagesFollow:)``), each on two cores; then the rest in order, on
    /// this thread (messages.csv in parts, see ``SplitRead``); then what messages say is given
    /// to the owner and the connections (``finishMessages(_:)``).
    static func read(
        _ source: ExportSource, pageAsOf: CalendarDay?, cutoff: CalendarDay? = nil,
        progress: ((ReadProgress) -> Void)?, splitAbove: Int, takenAbove: Int = SplitRead.minimumTaken
    ) throws -> LinkedInExport {
        var (byKind, ledger) = entriesByKind(source)
        if byKind.isEmpty, source is SingleFileSource, let only = source.entries.first,
            try isConnectionsPage(source, only)
        {
            return try readPageOnly(source, entry: only, ledger: ledger, asOf: pageAsOf)
        }
        guard let connectionsEntry = byKind[.connections] else {
            throw IngestError.noConnections(path: source.location, found: source.entries.map(\.fileName))
        }
        if let foreign = detectForeign(source, entry: connectionsEntry) { throw foreign }

        let reading = FileReading(source: source, progress: progress, splitAbove: splitAbove, takenAbove: takenAbove)
        var state = ReadState()
        state.cutoff = cutoff
        let files = ExportFileKind.allCases.sorted(by: { $0.readingOrder < $1.readingOrder }).compactMap { kind in
            byKind[kind].map { (kind, $0) }
        }
        try readFirstRun(files, reading, state: &state, ledger: &ledger)
        settle(&state, messagesFollow: byKind[.messages] != nil)
        for (kind, entry) in files where kind.readingOrder > ExportFileKind.connections.readingOrder {
            if !kind.needsOnlyExactLookups { ledger.files.append(try readFile(kind, entry, reading, state: &state)) }
        }
        let (folded, sharedNames) = finishMessages(&state)
        let addressBooks = readAddressBooks(source, ledger: &ledger)
        let latest = ledger.files.compactMap(\.lastDate).max()
        var export = LinkedInExport(
            owner: state.owner, directory: state.directory ?? ConnectionDirectory([]), positions: state.positions,
            schools: state.schools, evidence: state.evidence, unmatchedRecommendations: state.unmatchedRecommendations,
            exportDate: exportDate(fromName: source.location), latestDataDate: latest,
            conversationCount: folded?.conversations ?? 0, addressBooks: addressBooks, ledger: ledger,
            location: source.location)
        export.sharedNameMessages = sharedNames
        export.cannotTell = cannotTell(export, messages: folded)
        return export
    }

    /// How one export's files are read: where from, who hears of progress, and the sizes
    /// above which messages are read in parts (see ``SplitRead``).
    private struct FileReading {
        let source: ExportSource
        let progress: ((ReadProgress) -> Void)?
        let splitAbove: Int
        let takenAbove: Int
    }

    /// The export file each entry is (the shallowest copy when an archive holds one twice),
    /// and a ledger that names every other entry as ignored. A single file that is not named
    /// like an export file is read as Connections.
    private static func entriesByKind(_ source: ExportSource) -> ([ExportFileKind: ExportEntry], IngestLedger) {
        var ledger = IngestLedger()
        ledger.refusedEntries = source.refused
        var byKind: [ExportFileKind: ExportEntry] = [:]
        for entry in source.entries {
            if let kind = ExportFileKind.recognise(fileName: entry.fileName) {
                // Prefer the shallowest copy when an archive holds the same file twice.
                if let existing = byKind[kind],
                    existing.path.split(separator: "/").count <= entry.path.split(separator: "/").count
                {
                    ledger.ignoredFiles.append(entry.path)
                    continue
                }
                if let existing = byKind[kind] { ledger.ignoredFiles.append(existing.path) }
                byKind[kind] = entry
            } else {
                ledger.ignoredFiles.append(entry.path)
            }
        }
        if byKind.isEmpty, source is SingleFileSource, let only = source.entries.first,
            only.fileName.lowercased().hasSuffix(".csv") || only.fileName.lowercased().hasSuffix(".txt")
        {
            byKind[.connections] = only
            ledger.ignoredFiles.removeAll { $0 == only.path }
        }
        return (byKind, ledger)
    }

    /// The first run: Connections and the files before it, on this thread; meanwhile, on the
    /// other core, the files that name people only by URL or exact name, all but who each row
    /// is about (see ``PendingRows``).
    private static func readFirstRun(
        _ files: [(ExportFileKind, ExportEntry)], _ reading: FileReading, state: inout ReadState,
        ledger: inout IngestLedger
    ) throws {
        let first = files.filter { $0.0.readingOrder <= ExportFileKind.connections.readingOrder }
        let early = files.filter { $0.0.needsOnlyExactLookups }
        var pending = PendingRows()
        pending.cutoff = state.cutoff
        let (firstRead, earlyRead) = Parallel.both(
            { for (kind, entry) in first { ledger.files.append(try readFile(kind, entry, reading, state: &state)) } },
            { try early.map { kind, entry in try readPending(reading.source, kind, entry, into: &pending) } },
            inParallel: !early.isEmpty)
        try firstRead.get()
        ledger.files += try earlyRead.get()
        state.pending = pending
    }

    /// The second run: who the first run's pending rows are about, and (when messages follow)
    /// the connections' URLs as messages spell them, while the directory's name index is
    /// built on the other core.
    private static func settle(_ state: inout ReadState, messagesFollow: Bool) {
        let directory = state.directory ?? ConnectionDirectory(exactIndexes: [])
        let (settled, index) = Parallel.both(
            {
                state.settlePending()
                return messagesFollow ? KnownProfileURLs(directory) : KnownProfileURLs()
            },
            { ConnectionDirectory.NameIndex(directory) })
        state.knownURLs = settled.get()
        state.directory?.attach(index.get())
    }

    /// Reads one file into `state` and returns its account; a file that cannot be read
    /// becomes a warning in it. Only a missing or unusable Connections file throws.
    private static func readFile(
        _ kind: ExportFileKind, _ entry: ExportEntry, _ reading: FileReading, state: inout ReadState
    ) throws -> FileLedger {
        let source = reading.source
        var file = FileLedger(name: entry.path, kind: .export(kind))
        do {
            if kind == .messages {
                try readMessages(
                    source, entry: entry, state: &state, ledger: &file, splitAbove: reading.splitAbove,
                    takenAbove: reading.takenAbove, progress: reading.progress)
            } else {
                try TableReader.read(
                    source, entry: entry, schema: kind.schema, ledger: &file, progress: reading.progress
                ) { row, file in
                    state.fold(row, kind: kind, ledger: &file)
                }
            }
            if kind == .connections {
                // A header and nothing usable under it is no export to report on (rows
                // left out on purpose, dated after `--as-of`, are reported as such later).
                guard !state.connections.isEmpty || file.excluded[.afterAsOf] != nil else {
                    let name = source is SingleFileSource ? source.location : source.location + "/" + entry.path
                    let reason =
                        file.skipped.first.map { "line \($0.line): \($0.reason)" }
                        ?? file.excluded.keys.sorted().first.map { "left out: \($0.rawValue)" }
                    throw IngestError.noConnectionRows(file: name, rows: file.rows, reason: reason)
                }
                state.finishConnections()
            }
        } catch let thrown {
            guard let error = IngestError.from(thrown) else { throw thrown }
            if kind == .connections { throw error }
            file.warn("not read: \(error.message)")
        }
        return file
    }

    /// Once every file is read: the messages' fold finished, the owner it names (when no
    /// other file did), its evidence added to each connection's, and what it says about names
    /// several connections share given to each of them.
    private static func finishMessages(
        _ state: inout ReadState
    ) -> (folded: MessageFolder.Result?, sharedNames: [SharedNameMessages]) {
        let folded = state.messages?.finish()
        if let inferred = folded?.ownerInferred, state.owner.name == nil {
            state.owner.name = inferred
            state.owner.identifiedBy.append("the participant in most conversations")
        }
        if let url = folded?.ownerURL, state.owner.profileURL == nil {
            state.owner.profileURL = url
            state.owner.identifiedBy.append("sent messages")
        }
        folded?.evidence.forEach { index, theirs in state.evidence[index].messages.add(theirs) }
        var sharedNames: [SharedNameMessages] = []
        if let shared = folded?.sharedNameMessages, !shared.isEmpty, let directory = state.directory {
            sharedNames = giveSharedNameMessages(shared, directory: directory, to: &state.evidence)
        }
        return (folded, sharedNames)
    }

    /// Gives what messages say about each name several connections share to every
    /// connection of that name, so their evidence says the messages exist; returns what it
    /// gave, by folded name.
    static func giveSharedNameMessages(
        _ shared: [String: (name: String, totals: MessageTotals)], directory: ConnectionDirectory,
        to evidence: inout EvidenceTable
    ) -> [SharedNameMessages] {
        var given: [SharedNameMessages] = []
        for (key, (name, totals)) in shared.sorted(by: { $0.key < $1.key }) {
            let folded = PersonName(name)
            let namesakes = directory.candidates(for: folded).filter { index in
                let theirs = directory.names[index]
                return !directory.connections[index].isHidden
                    && (theirs.key == key || (theirs.first == folded.first && theirs.last == folded.last))
            }
            guard namesakes.count > 1 else { continue }
            let record = SharedNameMessages(name: name, namesakes: namesakes, totals: totals)
            for index in namesakes { evidence[index].sharedNameMessages = record }
            given.append(record)
        }
        return given
    }

    /// How many of the names that several connections share ``cannotTell(_:messages:)`` lists.
    static let ambiguousNamesShown = 10

    /// What the export's era (or its names) leaves vouch unable to tell, one sentence each.
    static func cannotTell(_ export: LinkedInExport, messages: MessageFolder.Result?) -> [String] {
        var lines: [String] = []
        let visible = export.connections.filter { !$0.isHidden }
        if !visible.isEmpty && visible.allSatisfy({ $0.profileURL == nil }) {
            lines.append(
                "Connections.csv has no profile URLs (exports before mid 2023): connections are found by name in the other files, so two people of the same name cannot be told apart"
            )
        }
        if let messages {
            if messages.legacyLayout {
                lines.append(
                    "Messages.csv (2018) has no profile URLs and no conversation ids: people are found by name, and a conversation is the set of people in it"
                )
            } else if messages.recipientsByName {
                lines.append(
                    "messages.csv names recipients only by name (no RECIPIENT PROFILE URLS, before mid 2023): a message you sent reaches a connection by the names in TO"
                )
            }
            let ambiguous = messages.ambiguousNames
            if !ambiguous.isEmpty {
                let shown = ambiguous.prefix(Self.ambiguousNamesShown).joined(separator: "; ")
                let more = ambiguous.count > Self.ambiguousNamesShown ? "; …" : ""
                lines.append(
                    "\(Plural.count(ambiguous.count, "name")) in messages \(Plural.word(ambiguous.count, "belongs", "belong")) to several connections, so those messages are counted for none of them (analyze says in each one's evidence that they exist): \(shown)\(more)"
                )
            }
            if export.owner.profileURL == nil {
                lines.append("No file gives your own profile URL: your messages are recognised by your name only")
            }
        }
        return lines
    }

    /// Reads `messages.csv` into `state.messages` the fastest way the file and what was read
    /// before it allow, and records in `ledger` how it was read and why (see ``ReadMethod``).
    static func readMessages(
        _ source: ExportSource, entry: ExportEntry, state: inout ReadState, ledger: inout FileLedger,
        splitAbove: Int, takenAbove: Int, progress: ((ReadProgress) -> Void)?
    ) throws {
        var method = ReadMethod()
        func readWhole() throws {
            ledger = FileLedger(name: entry.path, kind: .export(.messages))
            try TableReader.read(
                source, entry: entry, schema: ExportFileKind.messages.schema, ledger: &ledger, progress: progress
            ) { row, file in
                state.fold(row, kind: .messages, ledger: &file)
            }
        }
        switch try SplitRead.readMessages(
            source, entry: entry, state: &state, minimumSize: splitAbove, minimumTaken: takenAbove, progress: progress)
        {
        case .inParts(let read):
            ledger = read
        case .whole(let read, let reason):
            ledger = read
            method.add(reason)
        case .notRead(let reason):
            method.add(reason)
            try readWhole()
        }
        if let reason = state.messages?.notStreamedBecause { method.add(reason) }
        if state.messages?.needsSecondPass == true {
            // The rows of a conversation were not together: read again, exactly.
            method.add(.conversationsNotGrouped)
            state.messages = nil
            state.streamMessages = false
            try readWhole()
        }
        ledger.readMethod = method
    }

    /// Reads a file whose rows go to ``PendingRows`` (it needs nothing read before it, so it
    /// may be read on another thread); a file that cannot be read becomes a ledger entry.
    static func readPending(
        _ source: ExportSource, _ kind: ExportFileKind, _ entry: ExportEntry, into pending: inout PendingRows
    ) throws -> FileLedger {
        var file = FileLedger(name: entry.path, kind: .export(kind))
        do {
            // No progress: the display is not shared between threads, and these files are small.
            try TableReader.read(source, entry: entry, schema: kind.schema, ledger: &file) { row, file in
                pending.fold(row, kind: kind, ledger: &file)
            }
        } catch let thrown {
            guard let error = IngestError.from(thrown) else { throw thrown }
            file.warn("not read: \(error.message)")
        }
        return file
    }

    /// Reads LinkedIn's `Contacts.csv` (the address book the owner imported) with the
    /// address-book reader, accounting for its rows in the ledger like every other file.
    static func readAddressBooks(_ source: ExportSource, ledger: inout IngestLedger) -> [AddressBook] {
        guard
            let path = ledger.ignoredFiles.first(where: {
                ($0.split(separator: "/").last ?? "").lowercased() == "contacts.csv"
            }),
            let entry = source.entries.first(where: { $0.path == path })
        else { return [] }
        var file = FileLedger(name: path, kind: .addressBook)
        var bytes: [UInt8] = []
        do {
            try source.read(entry) { bytes.append(contentsOf: $0) }
            let book = try AddressBookReader.parse(data: Data(bytes), path: path)
            for _ in book.entries { file.use() }
            for skip in book.skipped { file.skip(line: skip.line, reason: skip.reason) }
            file.variant = book.format
            ledger.ignoredFiles.removeAll { $0 == path }
            ledger.files.append(file)
            return [book]
        } catch let error as InputError {
            file.warn("not read: \(error.message)")
        } catch let error as IngestError {
            file.warn("not read: \(error.message)")
        } catch let error as SourceError {
            file.warn("not read: \(IngestError(error).message)")
        } catch {
            file.warn("not read")
        }
        ledger.ignoredFiles.removeAll { $0 == path }
        ledger.files.append(file)
        return []
    }

    /// True for a saved connections page (HTML) or text pasted from one.
    static func isConnectionsPage(_ source: ExportSource, _ entry: ExportEntry) throws -> Bool {
        let name = entry.fileName.lowercased()
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return true }
        guard name.hasSuffix(".txt") || !name.contains(".") else { return false }
        let text = TextDecoding.string(from: try readAll(source, entry, limit: 1 << 16))
        return text.contains("Member’s name") || text.contains("Member's name")
    }

    static func readAll(_ source: ExportSource, _ entry: ExportEntry, limit: Int = Int.max) throws -> [UInt8] {
        var bytes: [UInt8] = []
        do {
            try source.read(entry) { chunk in
                bytes.append(contentsOf: chunk)
                if bytes.count >= limit { throw EnoughRead() }
            }
        } catch is EnoughRead {}
        return bytes
    }

    /// A saved page on its own: every person is a connection with little evidence.
    static func readPageOnly(_ source: ExportSource, entry: ExportEntry, ledger: IngestLedger, asOf: CalendarDay?)
        throws
        -> LinkedInExport
    {
        var ledger = ledger
        let bytes = try readAll(source, entry)
        let page = try ConnectionPageReader.parse(bytes: bytes, source: source.location, asOf: asOf)
        var export = LinkedInExport(
            owner: Owner(), directory: ConnectionDirectory([]), positions: [], schools: [], evidence: EvidenceTable(),
            unmatchedRecommendations: [], exportDate: nil, latestDataDate: nil, conversationCount: 0, ledger: ledger,
            location: source.location)
        ledger.ignoredFiles.removeAll { $0 == entry.path }
        export.ledger = ledger
        PageMerge.merge(page, named: entry.path, into: &export)
        if export.connections.isEmpty {
            throw InputError.invalid(
                path: source.location, line: nil,
                reason:
                    "no people found. vouch reads saved LinkedIn connections pages (My Network > Connections), Sales Navigator lists and text pasted from them"
            )
        }
        return export
    }

    /// The date in a file name like `Basic_LinkedInDataExport_10-31-2026.zip`.
    public static func exportDate(fromName path: String) -> CalendarDay? {
        let name = PathName.lastComponent(path)
        guard let range = name.range(of: "DataExport_", options: .caseInsensitive) else { return nil }
        let rest = name[range.upperBound...].prefix(10)
        let parts = rest.split(separator: "-")
        guard parts.count == 3, let month = Int(parts[0]), let day = Int(parts[1]), let year = Int(parts[2]) else {
            return nil
        }
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Recognises the other contact exports people hand in by mistake.
    static func detectForeign(_ source: ExportSource, entry: ExportEntry) -> IngestError? {
        let text = TextDecoding.string(from: source.decodedPrefix(of: entry, count: 4096).bytes).lowercased()
        if text.contains("organization name") || text.contains("e-mail 1 - value")
            || text.contains("organization 1 - name")
        {
            return .notLinkedIn(
                path: source.location + (source is SingleFileSource ? "" : "/" + entry.path),
                looksLike: "a Google Contacts export")
        }
        if text.contains("e-mail address") && text.contains("business phone") {
            return .notLinkedIn(path: source.location, looksLike: "an Outlook contacts export")
        }
        if text.hasPrefix("begin:vcard") {
            return .notLinkedIn(path: source.location, looksLike: "a vCard address book")
        }
        return nil
    }
}
