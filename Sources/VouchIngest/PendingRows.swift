import VouchDates
import VouchIO
import VouchIdentity

/// The rows of the files that name people only by profile URL or exact name (Invitations and
/// both Endorsements files): everything each row says but who it is about. Reading them needs
/// nothing from Connections.csv, so they are read on the other core while it is; who each row
/// is about is looked up once the directory is built (``ReadState/settlePending()``), in file
/// order, as reading them afterwards would have done.
struct PendingRows {
    /// What a row says about the person it names.
    enum Fact {
        case invitation(InvitationFact)
        /// The skill is lower-cased.
        case endorsement(skill: String, received: Bool, date: CalendarDay?)
    }

    /// A row's person (the profile key of its URL, if any; else its name decides) and fact.
    struct Row {
        let key: ProfileKey?
        /// The ``ByteScan/hash(_:)`` of the key's slug (0 without a key), worked out here so
        /// that matching the rows can load the directory's slots ahead.
        let keyHash: UInt64
        let name: String
        let fact: Fact

        init(key: ProfileKey?, name: String, fact: Fact) {
            self.key = key
            keyHash = key?.withSlugBytes(ByteScan.hash) ?? 0
            self.name = name
            self.fact = fact
        }
    }

    private(set) var rows: [Row] = []
    /// The inviter of outgoing invitations (always the owner), by profile key.
    private(set) var ownerKeys: [ProfileKey: Int] = [:]
    /// The addressee of the first incoming invitation with one: the owner's name, when nothing
    /// before gives it.
    private(set) var firstIncomingTo: String?
    /// The last outgoing invitation's inviter URL and its key: the owner's own URL, on
    /// thousands of rows, is normalised once.
    private var lastInviter: (url: [UInt8], key: ProfileKey?) = ([], nil)
    /// Rows dated after this day are left out (see ``FileLedger/leavesOut(_:after:)``).
    var cutoff: CalendarDay?

    mutating func fold(_ row: TableRow, kind: ExportFileKind, ledger: inout FileLedger) {
        switch kind {
        case .invitations: foldInvitation(row, ledger: &ledger)
        case .endorsementsReceived: foldEndorsement(row, received: true, ledger: &ledger)
        case .endorsementsGiven: foldEndorsement(row, received: false, ledger: &ledger)
        default: preconditionFailure("\(kind) rows are not matched by URL and exact name only")
        }
    }

    private mutating func foldInvitation(_ row: TableRow, ledger: inout FileLedger) {
        // Read from the bytes: a String for each field of 20,000 rows was most of their cost.
        let direction = row.trimmedBytes(.direction)
        let outgoing = ByteScan.equalsIgnoringCase(direction, "outgoing")
        guard outgoing || ByteScan.equalsIgnoringCase(direction, "incoming") else {
            ledger.skip(line: row.line, reason: "direction '\(row.text(.direction))' is neither OUTGOING nor INCOMING")
            return
        }
        let date = DateParser.parse(row.trimmedBytes(.sentAt))?.day
        if ledger.leavesOut(date, after: cutoff) { return }
        if outgoing {
            let url = row.bytes(.inviterProfileURL)
            if !lastInviter.url.withUnsafeBufferPointer({ ByteScan.equal($0, url) }) {
                lastInviter = (Array(url), ProfileKey(bytes: url))
            }
            if let key = lastInviter.key { ownerKeys[key, default: 0] += 1 }
        } else if firstIncomingTo == nil {
            let to = row.text(.to)
            if !to.isEmpty { firstIncomingTo = to }
        }
        // The other person: the invitee of an outgoing invitation, the inviter of an incoming one.
        let (url, name): (Column, Column) = outgoing ? (.inviteeProfileURL, .to) : (.inviterProfileURL, .from)
        let fact = InvitationFact(sentByOwner: outgoing, hasNote: !row.isBlank(.message), date: date)
        rows.append(Row(key: ProfileKey(bytes: row.bytes(url)), name: row.text(name), fact: .invitation(fact)))
        if let date { ledger.see(date) }
        ledger.use()
    }

    private mutating func foldEndorsement(_ row: TableRow, received: Bool, ledger: inout FileLedger) {
        let skill = row.text(.skillName)
        let name = [row.text(.personFirstName), row.text(.personLastName)].joined(separator: " ")
        guard !skill.isEmpty, !row.isBlank(.personURL) || !name.trimmingWhitespace().isEmpty else {
            ledger.skip(line: row.line, reason: skill.isEmpty ? "no skill" : "no endorser name or URL")
            return
        }
        let date = DateParser.parse(row.text(.endorsementDate))?.day
        if ledger.leavesOut(date, after: cutoff) { return }
        rows.append(
            Row(
                key: ProfileKey(bytes: row.bytes(.personURL)), name: name,
                fact: .endorsement(skill: skill.lowercased(), received: received, date: date)))
        if let date { ledger.see(date) }
        ledger.use()
    }
}
