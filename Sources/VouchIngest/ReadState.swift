import VouchDates
import VouchIO
import VouchIdentity

/// What ``ExportReader`` accumulates while it reads the files in order.
struct ReadState {
    var owner = Owner()
    var ownerKeysFromInvitations: [ProfileKey: Int] = [:]
    /// The rows of Invitations and Endorsements, until the directory can say who each is
    /// about (see ``settlePending()``).
    var pending = PendingRows()
    var positions: [OwnerPosition] = []
    var schools: [OwnerSchool] = []
    var connections: [Connection] = []
    var directory: ConnectionDirectory?
    /// The connections' URLs as messages spell them, built beside the name index.
    var knownURLs = KnownProfileURLs()
    var evidence = EvidenceTable()
    var unmatchedRecommendations: [UnmatchedRecommendation] = []
    var messages: MessageFolder?
    /// False after a streamed read of messages turned out to need a second, exact pass.
    var streamMessages = true
    /// Rows dated after this day are left out (see ``FileLedger/leavesOut(_:after:)``).
    var cutoff: CalendarDay?

    mutating func fold(_ row: TableRow, kind: ExportFileKind, ledger: inout FileLedger) {
        switch kind {
        case .profile: foldProfile(row, ledger: &ledger)
        case .positions: foldPosition(row, ledger: &ledger)
        case .education: foldSchool(row, ledger: &ledger)
        case .connections: foldConnection(row, ledger: &ledger)
        case .invitations, .endorsementsReceived, .endorsementsGiven: pending.fold(row, kind: kind, ledger: &ledger)
        case .recommendationsReceived: foldRecommendation(row, direction: .received, ledger: &ledger)
        case .recommendationsGiven: foldRecommendation(row, direction: .given, ledger: &ledger)
        case .messages:
            if messages == nil { messages = makeMessageFolder() }
            messages?.fold(row, ledger: &ledger)
        }
    }

    /// A folder for messages, knowing the connections and the owner read so far.
    mutating func makeMessageFolder(startsMidFile: Bool = false) -> MessageFolder {
        settleOwner()
        return MessageFolder(
            participants: ParticipantTable(
                directory: directory ?? ConnectionDirectory([]), knownURLs: knownURLs, ownerKey: owner.profileKey,
                ownerName: owner.name.map(PersonName.init)),
            allowStreaming: streamMessages, startsMidFile: startsMidFile, cutoff: cutoff)
    }

    /// The first and last name of a Profile or Recommendations row, mojibake repaired; empty
    /// when both are.
    private static func fullName(_ row: TableRow) -> String {
        [row.text(.firstName), row.text(.lastName)].map(TextDecoding.repairMojibake).filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    private mutating func foldProfile(_ row: TableRow, ledger: inout FileLedger) {
        let name = Self.fullName(row)
        guard !name.isEmpty else {
            ledger.skip(line: row.line, reason: "no name")
            return
        }
        if owner.name == nil {
            owner.name = name
            owner.identifiedBy.append("Profile.csv")
            let headline = row.text(.headline)
            owner.headline = headline.isEmpty ? nil : headline
        }
        ledger.use()
    }

    private mutating func foldPosition(_ row: TableRow, ledger: inout FileLedger) {
        let company = row.text(.companyName)
        guard !company.isEmpty else {
            ledger.skip(line: row.line, reason: "no company name")
            return
        }
        let started = DateParser.parse(row.text(.startedOn))
        let finishedText = row.text(.finishedOn)
        let finished = DateParser.parse(finishedText)
        if !finishedText.isEmpty && finished == nil && finishedText.lowercased() != "present" {
            ledger.warn("line \(row.line): end date '\(finishedText)' not understood; treated as a current job")
        }
        positions.append(OwnerPosition(company: company, title: row.text(.title), started: started, finished: finished))
        if let day = started?.day { ledger.see(day) }
        ledger.use()
    }

    private mutating func foldSchool(_ row: TableRow, ledger: inout FileLedger) {
        let name = row.text(.schoolName)
        guard !name.isEmpty else {
            ledger.skip(line: row.line, reason: "no school name")
            return
        }
        schools.append(
            OwnerSchool(
                name: name, started: DateParser.parse(row.text(.startDate)),
                finished: DateParser.parse(row.text(.endDate))))
        ledger.use()
    }

    private mutating func foldConnection(_ row: TableRow, ledger: inout FileLedger) {
        let first = TextDecoding.repairMojibake(row.text(.firstName))
        let last = TextDecoding.repairMojibake(row.text(.lastName))
        let dateText = row.text(.connectedOn)
        let date = DateParser.parse(dateText)?.day
        let url = row.text(.url)
        if first.isEmpty && last.isEmpty && url.isEmpty && date == nil {
            ledger.skip(
                line: row.line, reason: dateText.isEmpty ? "empty row" : "no name and unreadable date '\(dateText)'")
            return
        }
        if ledger.leavesOut(date, after: cutoff) { return }
        if !dateText.isEmpty && date == nil {
            ledger.warn("line \(row.line): connection date '\(dateText)' not understood")
        }
        let email = row.text(.emailAddress)
        connections.append(
            Connection(
                index: connections.count, firstName: first, lastName: last, profileURL: url.isEmpty ? nil : url,
                email: email.isEmpty ? nil : email, company: row.text(.company), position: row.text(.position),
                connectedOn: date, line: row.line))
        if let date { ledger.see(date) }
        ledger.use()
    }

    mutating func finishConnections() {
        directory = ConnectionDirectory(exactIndexes: connections)
    }

    /// Settles who each pending row is about, now that the directory is built, in file
    /// order; then the owner, whom outgoing invitations name.
    mutating func settlePending() {
        let pending = self.pending
        self.pending = PendingRows()
        for (key, count) in pending.ownerKeys { ownerKeysFromInvitations[key, default: 0] += count }
        if owner.name == nil, let to = pending.firstIncomingTo { owner.name = to }
        guard let directory else { return settleOwner() }
        // A record for every connection, made here rather than with the directory: 30,000
        // empty records are 6.5 MB of fresh memory (2.6 ms, most of it page faults), and this
        // runs beside the name index, which takes longer.
        evidence.extend(toCount: directory.connections.count)
        let rows = pending.rows
        for position in rows.indices {
            // Each lookup waits for memory: the slots of the rows a little ahead load meanwhile.
            let ahead = position + Self.lookAhead
            if ahead < rows.count, rows[ahead].key != nil { directory.prefetch(keyHash: rows[ahead].keyHash) }
            let row = rows[position]
            guard let index = person(row, in: directory) else { continue }
            switch row.fact {
            case .invitation(let fact):
                evidence[index].invitation = fact
            case .endorsement(let skill, let received, let date):
                // In place: a copy of the record would copy its skill sets on every row.
                evidence[index].addEndorsement(skill: skill, received: received, date: date)
            }
        }
        settleOwner()
    }

    /// How many rows ahead ``settlePending()`` starts loading a lookup's slot.
    private static let lookAhead = 8

    /// The connection a pending row names: by its profile key, else by a name only one
    /// connection has.
    private func person(_ row: PendingRows.Row, in directory: ConnectionDirectory) -> Int? {
        if let key = row.key, let index = directory.connection(forKey: key, hash: row.keyHash) { return index }
        return directory.uniqueConnection(named: row.name)
    }

    private mutating func foldRecommendation(
        _ row: TableRow, direction: Recommendation.Direction, ledger: inout FileLedger
    ) {
        let name = Self.fullName(row)
        guard !name.isEmpty else {
            ledger.skip(line: row.line, reason: "no name")
            return
        }
        let date = DateParser.parse(row.text(.creationDate))?.day
        if ledger.leavesOut(date, after: cutoff) { return }
        let recommendation = Recommendation(
            direction: direction, name: name, company: row.text(.company), date: date,
            visible: row.text(.status).uppercased() != "HIDDEN", line: row.line)
        switch matchRecommendation(recommendation) {
        case .matched(let index, _, _):
            if direction == .received {
                evidence[index].recommendationsReceived.append(date)
            } else {
                evidence[index].recommendationsGiven.append(date)
            }
        case .ambiguous(let candidates):
            unmatchedRecommendations.append(
                UnmatchedRecommendation(recommendation: recommendation, candidates: candidates.count))
        case .none:
            unmatchedRecommendations.append(UnmatchedRecommendation(recommendation: recommendation, candidates: 0))
        }
        if let date { ledger.see(date) }
        ledger.use()
    }

    /// Recommendations carry a name and a company but no URL: a unique name wins; several
    /// people of that name are told apart by company.
    private func matchRecommendation(_ recommendation: Recommendation) -> MatchOutcome {
        guard let directory else { return .none }
        return PersonMatcher(directory: directory).match(
            PersonQuery(name: recommendation.name, company: recommendation.company))
    }

    /// Decides the owner's profile URL from outgoing invitations (the inviter of every
    /// outgoing invitation is the owner).
    mutating func settleOwner() {
        // The URL on most outgoing invitations; on a tie the first in key order, so that the
        // answer never follows the dictionary's order (which changes from run to run).
        if owner.profileURL == nil,
            let (key, _) = ownerKeysFromInvitations.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })
        {
            owner.profileURL = key.url
            owner.identifiedBy.append("outgoing invitations")
        }
    }
}
