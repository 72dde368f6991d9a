import VouchDates
import VouchIO

/// Folds `messages.csv` rows into per-conversation tallies while streaming, then into
/// per-connection evidence. Message text is never kept: only who wrote, when, and how many
/// words.
///
/// Conversations are tallied first because two facts are known only once a conversation is
/// complete: how many people were in it (1:1 or group) and, in exports without a direction
/// column, which participant is the owner (the one present in nearly every conversation).
///
/// Memory stays bounded whatever the size of the file: LinkedIn writes a conversation's rows
/// together, so when the owner is already known (Profile.csv, outgoing invitations) a
/// conversation is folded into evidence as soon as the next one starts, and only the ids of
/// finished conversations are kept (exactly, see ``FinishedConversations``). If an id comes
/// back (a file whose rows were re-sorted), ``needsSecondPass`` asks the reader to read the
/// file again without streaming, so the result is exact either way.
struct MessageFolder {
    private(set) var participants: ParticipantTable
    private var conversations: [ConversationTally] = []
    /// Where each conversation id's tally sits, when not streaming (streaming keeps one open).
    private var conversationIndex: [String: Int] = [:]
    private var lastConversationBytes: [UInt8] = []
    private var lastConversation = -1
    /// The hash of the open conversation's id while streaming, until it is checked against
    /// the finished ones (when the next starts, or at the end).
    private var openRunHash: UInt64?
    /// Folds finished conversations early (decided at the first row).
    private var streaming: Bool?
    private let allowStreaming: Bool
    private var finished = FinishedConversations()
    /// The finished conversations of the parts absorbed (see ``absorb(_:)``).
    private var absorbedRuns: [FinishedConversations] = []
    /// What conversations say about each connection, apart from the other files' evidence.
    private var evidence: MessageEvidence
    private var conversationCount = 0
    /// What the conversation being folded says (kept to reuse its storage).
    private var folded = ConversationEvidence()
    /// What conversations say about each name several connections share, by folded name
    /// (see ``SharedNameMessages``).
    private var sharedNameEvidence: [String: MessageTotals] = [:]
    /// How many messages each participant who is the owner sent: the owner's profile URL is
    /// the one on most of them.
    private var ownerSent: [Int] = []
    /// True when a finished conversation's id came back: the streamed result is not exact.
    var needsSecondPass: Bool {
        idCameBack || openRunHash.map { isFinished(lastConversationBytes, hash: $0) } == true
    }
    private var idCameBack = false
    /// True when decided at the first row that conversations are folded as they end.
    var isStreaming: Bool { streaming == true }
    /// Why conversations are kept until the end (decided at the first row); nil when they
    /// are folded as they end.
    private(set) var notStreamedBecause: ReadMethod.Reason?

    /// Whether rows laid out by `map` can be folded as each conversation ends.
    func canStream(_ map: ColumnMap) -> Bool { whyNotStreaming(map) == nil }

    /// Why rows laid out by `map` cannot be folded as each conversation ends: they need a
    /// conversation id, no legacy direction column, and an owner known before the first row
    /// (and a read that is not the exact second one); nil when they can.
    func whyNotStreaming(_ map: ColumnMap) -> ReadMethod.Reason? {
        if !allowStreaming { return .conversationsNotGrouped }
        if map.index(of: .conversationID) == nil { return .noConversationIDs }
        if map.index(of: .direction) != nil { return .directionColumn }
        return participants.knowsOwner ? nil : .ownerUnknown
    }

    /// For a fold that starts in the middle of a file: its first conversation may have begun
    /// before, so it is kept open (not folded) for ``absorb(_:)``.
    private let startsMidFile: Bool
    private var opening: (id: [UInt8], tally: ConversationTally)?

    /// Messages dated after this day are left out (see ``FileLedger/leavesOut(_:after:)``).
    private let cutoff: CalendarDay?

    init(
        participants: ParticipantTable, allowStreaming: Bool = true, startsMidFile: Bool = false,
        cutoff: CalendarDay? = nil
    ) {
        self.participants = participants
        self.cutoff = cutoff
        evidence = MessageEvidence(connections: participants.directory.connections.count)
        self.allowStreaming = allowStreaming
        self.startsMidFile = startsMidFile
    }

    /// Where the columns that messages are folded from sit in the file's rows (-1: absent).
    private struct Columns {
        let conversationID: Int, conversationTitle: Int, from: Int, senderURL: Int, to: Int
        let recipientURLs: Int, date: Int, subject: Int, content: Int, folder: Int, draft: Int, direction: Int

        init(_ map: ColumnMap) {
            func index(_ column: Column) -> Int { map.index(of: column) ?? -1 }
            conversationID = index(.conversationID)
            conversationTitle = index(.conversationTitle)
            from = index(.from)
            senderURL = index(.senderProfileURL)
            to = index(.to)
            recipientURLs = index(.recipientProfileURLs)
            date = index(.date)
            subject = index(.subject)
            content = index(.content)
            folder = index(.folder)
            draft = index(.isMessageDraft)
            direction = index(.direction)
        }
    }

    private var columns: Columns?

    /// Folds one row, recording it in the ledger as used, excluded or skipped.
    mutating func fold(_ row: TableRow, ledger: inout FileLedger) {
        let columns = self.columns ?? Columns(row.map)
        self.columns = columns
        fold(row, row.fields, columns, ledger: &ledger)
    }

    private mutating func fold(_ row: TableRow, _ fields: CSVFields, _ columns: Columns, ledger: inout FileLedger) {
        let senderURL = fields[columns.senderURL]
        let recipientURLs = fields[columns.recipientURLs]
        // Their cache slots load while the row is checked and its date read.
        let hashes = participants.prefetch(url: senderURL, urls: recipientURLs)
        if let reason = MessageRules.exclusion(
            folder: fields[columns.folder], draft: fields[columns.draft],
            conversationTitle: fields[columns.conversationTitle])
        {
            ledger.exclude(reason)
            return
        }
        let dateField = fields[columns.date]
        guard let date = DateParser.parse(dateField)?.day else {
            ledger.skip(line: row.line, reason: dateField.isEmpty ? "no date" : "unreadable date")
            return
        }
        if ledger.leavesOut(date, after: cutoff) { return }

        // The sender: URL when given, else the name.
        var sender: Int32?
        if !senderURL.isEmpty {
            sender = participants.participant(url: senderURL, hash: hashes.url) { row.text(.from) }
        }
        if sender == nil {
            sender = participants.participants(names: fields[columns.from], splitOnCommas: false).first
        }
        guard let sender else {
            ledger.skip(line: row.line, reason: "no sender")
            return
        }
        var recipients = participants.participants(urls: recipientURLs, hash: hashes.urls)
        if recipients.isEmpty {
            recipients = participants.participants(names: fields[columns.to], splitOnCommas: true)
        }

        // Legacy (2018) files say the direction instead: the owner is the sender of OUTGOING rows.
        if ByteScan.equalsIgnoringCase(fields[columns.direction], "outgoing"),
            participants.identities[Int(sender)] != .owner
        {
            participants.markOwner(sender)
        }

        if streaming == nil {
            notStreamedBecause = whyNotStreaming(row.map)
            streaming = notStreamedBecause == nil
        }
        let conversation = conversationSlot(fields[columns.conversationID], sender: sender, recipients: recipients)
        // Words are runs of bytes that are not white space; HTML tags in InMail count too, which
        // does not matter at the scale words are used.
        let content = fields[columns.content]
        let words = Int32(clamping: ByteScan.countWords(content))
        let discounted = ConversationKind.isDiscounted(
            subject: fields[columns.subject], title: fields[columns.conversationTitle], content: content)
        // Mutate the tally in place: copying it out would copy its arrays on every row.
        let members = conversations[conversation].members.count
        conversations[conversation].add(
            sender: sender, recipients: recipients, date: date, words: words, discounted: discounted)
        // The records of connections new to the conversation load while its other rows are
        // read: folding it at its end waited for each (a random place in the evidence).
        // Found by the compact slots (4 bytes a participant): their identities are 16 bytes
        // each, and reading those here waited for memory instead.
        for position in members..<conversations[conversation].members.count {
            if let index = participants.slot(of: conversations[conversation].members[position]) {
                evidence.prefetch(index)
            }
        }
        ledger.use()
        ledger.see(date)
    }

    private mutating func conversationSlot(_ field: Field, sender: Int32, recipients: ArraySlice<Int32>) -> Int {
        guard field.isEmpty else { return conversationSlot(id: field) }
        // Legacy files have no conversation id: one conversation per set of participants.
        let members = ([sender] + recipients).sorted()
        return Array(members.map(String.init).joined(separator: ",").utf8).withUnsafeBufferPointer {
            conversationSlot(id: $0)
        }
    }

    private mutating func conversationSlot(id: Field) -> Int {
        if lastConversation >= 0, lastConversationBytes.withUnsafeBufferPointer({ ByteScan.equal($0, id) }) {
            return lastConversation
        }
        let slot: Int
        if streaming == true {
            slot = startStreamedConversation(id)
        } else {
            let key = String(decoding: id, as: UTF8.self)
            if let existing = conversationIndex[key] {
                slot = existing
            } else {
                slot = conversations.count
                conversations.append(ConversationTally())
                conversationIndex[key] = slot
                conversationCount += 1
            }
        }
        lastConversationBytes.removeAll(keepingCapacity: true)
        lastConversationBytes.append(contentsOf: id)
        lastConversation = slot
        return slot
    }

    /// Streaming keeps one conversation open in slot 0. When `id` starts, the open one is
    /// complete: it is folded (or, for a fold that starts mid-file, kept as the opening) and
    /// its tally emptied for `id`.
    private mutating func startStreamedConversation(_ id: Field) -> Int {
        if lastConversation >= 0 {
            // Moved out of the array and back, not copied: a copy changes the reference count
            // of each of its arrays twice, for each of 150,000 conversations.
            var tally = ConversationTally()
            swap(&tally, &conversations[0])
            if startsMidFile && opening == nil {
                opening = (lastConversationBytes, tally)
            } else {
                foldConversation(tally)
                tally.reset()
                swap(&tally, &conversations[0])
            }
            settleOpenRun()
        } else {
            conversations = [ConversationTally()]
        }
        // Its slot among the finished ids loads while the conversation's rows are read.
        let hash = ByteScan.hash(id)
        finished.prefetch(hash: hash)
        openRunHash = hash
        conversationCount += 1
        return 0
    }

    /// Checks the open conversation's id against the ids of the conversations finished before
    /// it, then adds it to them: an id that starts a second run of rows means the file's rows
    /// are not grouped by conversation.
    private mutating func settleOpenRun() {
        guard let hash = openRunHash else { return }
        let new = lastConversationBytes.withUnsafeBufferPointer { id in
            !absorbedRuns.contains { $0.contains(id, hash: hash) } && finished.insert(id, hash: hash)
        }
        if !new { idCameBack = true }
        openRunHash = nil
    }

    /// True when `id` is among the finished conversations, this fold's or an absorbed one's.
    private func isFinished(_ id: [UInt8], hash: UInt64) -> Bool {
        id.withUnsafeBufferPointer { id in
            finished.contains(id, hash: hash) || absorbedRuns.contains { $0.contains(id, hash: hash) }
        }
    }

    /// Continues this fold with `later`, which folded the next part of the same file, from a
    /// record boundary on (both streaming): the result is what one fold over both parts
    /// gives, and another part may follow. A conversation id that ran on both sides of the
    /// boundary, apart from the conversation it cut in two, asks for the exact second pass
    /// like any id that comes back.
    mutating func absorb(_ later: MessageFolder) {
        let laterFirstID = later.opening?.id ?? later.lastConversationBytes
        let continues = lastConversation >= 0 && later.lastConversation >= 0 && lastConversationBytes == laterFirstID
        // Every run on this side is now among the finished ones, the open one included.
        settleOpenRun()
        if later.needsSecondPass { idCameBack = true }

        // The later fold's evidence (by connection, not by participant) is merged on
        // another thread while its participants are re-interned here and its runs' ids are
        // looked up among the finished ones (the shorter side). The conversations still open
        // are folded after both: every aggregate is a sum, a minimum, a maximum or a set
        // union, so the order does not matter.
        var evidence = self.evidence
        self.evidence = MessageEvidence(connections: 0)
        let (absorbed, _) = Parallel.both(
            {
                // Every run of the later part: its finished ones and its open one, apart from
                // the conversation the boundary cut in two.
                var cameBack = false
                func check(_ id: UnsafeBufferPointer<UInt8>) {
                    if cameBack || continues && id.elementsEqual(laterFirstID) { return }
                    let hash = ByteScan.hash(id)
                    cameBack =
                        finished.contains(id, hash: hash) || absorbedRuns.contains { $0.contains(id, hash: hash) }
                }
                later.finished.forEach(check)
                if later.openRunHash != nil { later.lastConversationBytes.withUnsafeBufferPointer(check) }
                return (participants.absorb(later.participants), cameBack)
            },
            { evidence.add(later.evidence) })
        let (ids, cameBack) = absorbed.get()
        if cameBack { idCameBack = true }
        // Swapped, not assigned: a second reference would make folding below copy it all.
        swap(&self.evidence, &evidence)
        var open: [(id: [UInt8], tally: ConversationTally)] = []
        if let opening = later.opening { open.append((opening.id, opening.tally.renumbered(ids))) }
        if later.lastConversation >= 0 {
            open.append((later.lastConversationBytes, later.conversations[later.lastConversation].renumbered(ids)))
        }
        for (id, tally) in open {
            if lastConversation >= 0 && lastConversationBytes == id {
                conversations[lastConversation].merge(tally)
                continue
            }
            if lastConversation >= 0 { foldConversation(conversations[lastConversation]) }
            conversations = [tally]
            lastConversation = 0
            lastConversationBytes = id
        }
        sharedNameEvidence.merge(later.sharedNameEvidence) { mine, theirs in
            var sum = mine
            sum.add(theirs)
            return sum
        }
        for (participant, sent) in later.ownerSent.enumerated() where sent > 0 {
            countOwnerSent(Int(ids[participant]), sent)
        }
        if columns == nil { columns = later.columns }
        conversationCount += later.conversationCount - (continues ? 1 : 0)
        // For a part after this one: the later part's finished runs, and its open run unless
        // that is the one this side left open (already among the finished ones).
        absorbedRuns.append(later.finished)
        if later.finished.count > 0 || !continues { openRunHash = later.openRunHash }
    }

    /// What the conversations add up to.
    struct Result {
        /// What conversations say about each connection, to be added to the other files'
        /// evidence (see ``MessageTotals/add(_:)``).
        var evidence: MessageEvidence
        var conversations: Int
        var ownerInferred: String?
        /// The profile URL the owner sent most of their messages from.
        var ownerURL: String?
        /// Names in messages that several connections have (not attributed), sorted.
        var ambiguousNames: [String]
        /// What conversations say about each of those names, by folded name, with the name as
        /// messages spell it.
        var sharedNameMessages: [String: (name: String, totals: MessageTotals)]
        /// True when rows name their recipients only by name (no `RECIPIENT PROFILE URLS`).
        var recipientsByName: Bool
        /// True for the 2018 layout: a direction column, no conversation ids and no URLs.
        var legacyLayout: Bool
    }

    /// Finishes: infers the owner if still unknown, then folds every conversation into the
    /// evidence of each connection in it.
    mutating func finish() -> Result {
        var ownerInferred: String?
        let open = conversations
        if !participants.identities.contains(.owner), !open.isEmpty {
            var presence = [Int](repeating: 0, count: participants.count)
            for tally in open {
                for member in tally.members { presence[Int(member)] += 1 }
            }
            // The owner is in (nearly) every conversation and is never one of their own
            // connections, which breaks ties in small exports.
            let identities = participants.identities
            func rank(_ id: Int) -> (Int, Int) { (presence[id], identities[id] == .other ? 1 : 0) }
            if let best = presence.indices.max(by: { rank($0) < rank($1) }) {
                participants.markOwner(Int32(best))
                ownerInferred = participants.names[best]
            }
        } else if let owner = participants.identities.firstIndex(of: .owner) {
            ownerInferred = participants.names[owner]
        }
        for tally in open { foldConversation(tally) }
        conversations = []
        // The owner's own rows: their URL, and their name as they write it (the name in TO
        // may be split or spelt otherwise).
        var ownerURL: String?
        let byURL = ownerSent.indices.filter { ownerSent[$0] > 0 && participants.keys[$0].profileKey != nil }
        if let id = byURL.max(by: { ownerSent[$0] < ownerSent[$1] }), let key = participants.keys[id].profileKey {
            ownerURL = key.url
            if !participants.names[id].isEmpty { ownerInferred = participants.names[id] }
        }
        return Result(
            evidence: evidence, conversations: conversationCount, ownerInferred: ownerInferred, ownerURL: ownerURL,
            ambiguousNames: participants.ambiguousNames.sorted { $0.key < $1.key }.map(\.value),
            sharedNameMessages: sharedNameEvidence.reduce(into: [:]) { result, entry in
                result[entry.key] = (participants.ambiguousNames[entry.key] ?? entry.key, entry.value)
            },
            recipientsByName: columns.map { $0.recipientURLs < 0 && $0.direction < 0 } ?? false,
            legacyLayout: columns.map { $0.direction >= 0 } ?? false)
    }

    /// Folds one complete conversation into the evidence of each connection in it
    /// (``MessageRules``).
    private mutating func foldConversation(_ tally: ConversationTally) {
        MessageRules.evidence(
            of: tally, identities: participants.identities, sharedNames: participants.sharedNames, into: &folded)
        for sender in folded.ownerSenders { countOwnerSent(Int(sender.participant), sender.messages) }
        for person in folded.people {
            // In place: a copy of the record would copy its months on every conversation.
            evidence.update(person.connection) { $0.add(person.totals) }
        }
        for namesake in folded.namesakes {
            sharedNameEvidence[namesake.name, default: MessageTotals()].add(namesake.totals)
        }
    }

    /// Counts `messages` sent by participant `id`, who is the owner.
    private mutating func countOwnerSent(_ id: Int, _ messages: Int) {
        if id >= ownerSent.count { ownerSent.append(contentsOf: repeatElement(0, count: id + 1 - ownerSent.count)) }
        ownerSent[id] += messages
    }
}
