import VouchIO
import VouchIdentity
import VouchIngest
import VouchScoring

/// Vets a request list against a scored export: a verdict per target, signals and a verdict
/// for the list, and the requester's standing. docs/VETTING.md documents every rule.
public struct Vetter: Sendable {
    public let analysis: Analysis

    public init(analysis: Analysis) {
        self.analysis = analysis
    }

    /// Why `requester` cannot be used as `--requester` (empty, or the owner's own name), as
    /// a usage message; nil when it can.
    public func requesterProblem(_ requester: String) -> String? {
        RequesterCheck.problem(with: requester, owner: analysis.export.owner)
    }

    /// Vets `list`, for a named requester (name, `Last, First`, profile link or e-mail) or,
    /// without one, the sender of a saved e-mail.
    ///
    /// A line naming several people gives a target for each (``people(on:matcher:)``);
    /// entries naming the same person become one target (its other lines kept), and an entry
    /// naming the requester is skipped.
    public func vet(_ list: RequestList, requester: String? = nil) -> VetResult {
        let matcher = PersonMatcher(directory: analysis.export.directory)
        let check = RequesterCheck(analysis: analysis, matcher: matcher)
        // A sender who is the owner forwarded the request: the forwarded message's sender asks.
        let sender = list.sender.flatMap { requesterProblem($0) == nil ? $0 : nil }
        let forwarded = sender == nil ? list.forwardedSender.flatMap { requesterProblem($0) == nil ? $0 : nil } : nil
        let requesterAssessment =
            requester.map { check.assess($0, source: .option) }
            ?? sender.map { check.assess($0, source: .emailSender) }
            ?? forwarded.map { check.assess($0, source: .forwardedSender) }
        var skipped = list.skipped
        var people: [(entry: RequestEntry, match: MatchOutcome)] = []
        var byPerson: [String: Int] = [:]
        for entry in list.entries.flatMap({ self.people(on: $0, matcher: matcher) }) {
            let (reading, match) = read(entry, matcher: matcher)
            if isOwner(reading) {
                skipped.append(SkippedRow(line: entry.line, reason: "you, the owner of the export"))
                continue
            }
            if let requesterAssessment, isRequester(reading, match: match, requester: requesterAssessment) {
                skipped.append(SkippedRow(line: entry.line, reason: "the requester's own name, not a person to meet"))
                continue
            }
            let keys = personKeys(reading, match: match)
            if let existing = keys.lazy.compactMap({ byPerson[$0] }).first {
                people[existing].entry.repeatLines.append(entry.line)
                if people[existing].entry.reason == nil { people[existing].entry.reason = reading.reason }
                continue
            }
            for key in keys { byPerson[key] = people.count }
            var numbered = reading
            numbered.position = people.count + 1
            people.append((numbered, match))
        }
        // The index for "did you mean" is built only when a name matched nobody.
        let suggestions =
            people.contains { $0.match == .none && !$0.entry.query.name.isEmpty }
            ? NameSuggestions(analysis) : nil
        let targets = people.map { vet($0.entry, match: $0.match, suggestions: suggestions) }
        let vettedList = RequestList(
            source: list.source, format: list.format, entries: targets.map(\.entry), skipped: skipped,
            sender: list.sender, forwardedSender: list.forwardedSender)
        let signals = ListSignals.find(targets: targets, requester: requesterAssessment, analysis: analysis)
        var (verdict, summary) = ListSignals.verdict(
            targets: targets, signals: signals, requester: requesterAssessment,
            lacksMessages: analysis.coverage.lacksMessages)
        if analysis.coverage.lacksMessages {
            summary += " See what is missing for how to get the messages."
        }
        return VetResult(
            analysis: analysis, list: vettedList, requester: requesterAssessment, targets: targets, signals: signals,
            verdict: verdict, summary: summary)
    }

    /// The entry as the list means it: read as `Last, First` when only that order matches one
    /// or several connections (several: ambiguous), or when the line gives the company apart; a "reason" that is the matched connection's company or title taken as that.
    func read(_ entry: RequestEntry, matcher: PersonMatcher) -> (RequestEntry, MatchOutcome) {
        var reading = entry
        var match = matcher.match(entry.query)
        if match == .none, let swapped = entry.swappedQuery {
            let swappedMatch = matcher.match(swapped)
            // A company given apart from the comma (`Kim, Alex — Globex`) leaves no doubt that
            // the part after it is a given name, matched or not.
            if swappedMatch != .none || swapped.company != nil {
                reading.query = swapped
                match = swappedMatch
            }
        }
        if case .matched(let index, _, _) = match {
            let connection = analysis.export.connections[index]
            func isPosition(_ text: String) -> Bool {
                !connection.position.isEmpty && PersonName.fold(text) == PersonName.fold(connection.position)
            }
            if let reason = reading.reason {
                if !connection.company.isEmpty, CompanyName.tokens(reason) == CompanyName.tokens(connection.company) {
                    reading.query.company = reading.query.company ?? reason
                    reading.reason = nil
                } else if isPosition(reason) {
                    reading.title = reading.title ?? reason
                    reading.reason = nil
                }
            }
            if let company = reading.query.company, reading.title == nil, isPosition(company) {
                reading.title = company
                reading.query.company = nil
            }
        }
        if case .matched = match { reading.doubt = nil }
        // A bare given name that only one connection has is that connection, with doubt
        // (not the family name of a `Last, First` line).
        if match == .none, entry.swappedQuery == nil, reading.query.profileURL == nil, reading.query.email == nil,
            reading.unresolvableLink == nil
        {
            let byGiven = RequesterCheck(analysis: analysis, matcher: matcher).byGivenName(reading.query.name)
            if byGiven != .none {
                match = byGiven
                reading.doubt = "first name only"
            }
        }
        return (reading, match)
    }

    /// True when the entry names the owner of the export (by name or profile link).
    private func isOwner(_ entry: RequestEntry) -> Bool {
        let owner = analysis.export.owner
        if let key = entry.query.profileURL.flatMap(ProfileKey.init(url:)), key == owner.profileKey { return true }
        guard let ownerName = owner.name, entry.query.profileURL == nil, entry.query.email == nil else { return false }
        let name = PersonName(entry.query.name)
        return !name.isEmpty && name == PersonName(ownerName)
    }

    /// True when the entry names the requester.
    private func isRequester(_ entry: RequestEntry, match: MatchOutcome, requester: RequesterAssessment) -> Bool {
        if case .matched(let index, _, _) = match, case .matched(let own, _, _) = requester.match {
            return index == own
        }
        let asked = PersonName(entry.query.name)
        let own = RequesterCheck.read(requester.query)
        let names = [own.name, own.swappedName ?? ""].filter { !$0.isEmpty }.map(PersonName.init)
        return !asked.isEmpty && names.contains(asked)
    }

    /// What makes two entries the same person: the matched connection, else the profile
    /// link, e-mail, or folded name (credentials aside) and company, in either reading of a
    /// `Last, First` line (two unmatched `Rosa García`s at different companies are two people;
    /// `Jordan Avery` and `Avery, Jordan` are one).
    private func personKeys(_ entry: RequestEntry, match: MatchOutcome) -> [String] {
        if case .matched(let index, _, _) = match { return ["#\(index)"] }
        if let url = entry.query.profileURL, let key = ProfileKey(url: url) { return ["in:" + key.slug] }
        if let link = entry.unresolvableLink { return ["link:" + link.lowercased()] }
        if let email = entry.query.email { return ["mail:" + email.lowercased()] }
        func key(_ query: PersonQuery) -> String? {
            let name = PersonName(query.name)
            let company = query.company.map { CompanyName.tokens($0).joined(separator: " ") } ?? ""
            return name.isEmpty ? nil : "name:" + name.key + "|" + company
        }
        return [key(entry.query), entry.swappedQuery.flatMap(key)].compactMap { $0 }
    }

    /// Why a connection's depth is unknown in an export without messages.
    static let noMessages = "the export has no messages: how well you know them cannot be told"

    /// How many edits a list's name may be from a connection's to be suggested: one in a
    /// short name, one more for every four letters ("Jon Smtih" is two from "John Smith").
    /// Stricter than the requester's, since a list names many people who are strangers.
    static func typoEdits(_ length: Int) -> Int { max(1, length / 4) }

    func vet(_ entry: RequestEntry, match: MatchOutcome, suggestions: NameSuggestions? = nil) -> VettedTarget {
        var evidence: [String] = []
        var closest: [String] = []
        let verdict: IntroVerdict
        var depth: RelationshipDepth?
        switch match {
        case .none where entry.unresolvableLink != nil:
            verdict = .unresolvedLink
            evidence.append("link cannot be resolved offline: paste the /in/ link")
        case .none where entry.query.email != nil && entry.query.name.isEmpty:
            // Most connections hide their address from the export: no match proves nothing.
            verdict = .unresolvedLink
            evidence.append(RequesterCheck.hiddenAddress)
        case .none:
            verdict = .notConnected
            if let book = analysis.contacts.nonConnection(entry.query) {
                evidence.append("not connected on LinkedIn, but " + EvidenceWriter.addressBookSentence(book))
            } else {
                // Hidden or deleted members are connections too (analyze counts them): say "visible".
                let hidden = analysis.export.connections.contains(where: \.isHidden)
                evidence.append(
                    "not among your \(Plural.count(analysis.depths.count, hidden ? "visible connection" : "connection"))"
                )
            }
            // A typo in the list must not pass for a stranger: name the connections it is close to.
            if let suggestions {
                let names = [entry.query.name, entry.swappedQuery?.name ?? ""].filter { !$0.isEmpty }
                closest =
                    names.lazy.map { suggestions.closest(to: $0, edits: Self.typoEdits) }.first { !$0.isEmpty } ?? []
                if !closest.isEmpty { evidence.append("did you mean " + closest.joined(separator: " or ") + "?") }
            }
        case .ambiguous(let candidates):
            verdict = .ambiguous
            let names = candidates.map { candidate -> String in
                let connection = analysis.export.connections[candidate.index]
                return connection.company.isEmpty ? connection.name : "\(connection.name) (\(connection.company))"
            }
            let namesakes = candidates.map { analysis.export.connections[$0.index] }
            if let miss = RequesterCheck.companyMiss(entry.query.company, among: namesakes) { evidence.append(miss) }
            evidence.append("could be any of: " + names.joined(separator: "; ") + ". Ask which one they mean")
        case .matched(let index, let confidence, let basis):
            depth = analysis.depth(of: index)
            let connection = analysis.export.connections[index]
            // A company the list gives that is not the connection's is said, not taken as a match.
            let otherCompany = entry.query.company.flatMap { company in
                connection.company.isEmpty || CompanyName.matches(company, connection.company)
                    ? nil : "; the list says \(company), your connection is at \(connection.company)"
            }
            if confidence < 0.9 || otherCompany != nil {
                evidence.append(
                    "matched \(connection.name) by \(basis) (\(Int((confidence * 100).rounded()))% sure)"
                        + (otherCompany ?? ""))
            }
            guard let found = depth else {
                verdict = .notConnected
                break
            }
            switch (found.tier, found.dormant) {
            case (.trusted, false): verdict = .vouch
            case (.trusted, true), (.familiar, true): verdict = .reconnectFirst
            case (.familiar, false): verdict = .needsReason
            // Messages with their name exist but may be a namesake's: not blind, ask first.
            case (.nominal, _)
            where !found.annotated && analysis.export.evidence[index].sharedNameMessages?.mayDecideDepth == true:
                verdict = .needsReason
            // Without messages a friend looks like a name on a list: the depth cannot be told
            // (unless the connection is too recent to be a relationship).
            case (.nominal, _) where !found.annotated && !found.isTooRecent && analysis.coverage.lacksMessages:
                verdict = .needsReason
                evidence.append(Self.noMessages)
            default: verdict = .blind
            }
            evidence += found.evidence
        }
        // The requester's reason goes right after the match, before the relationship evidence.
        let reasonLine = entry.reason.map { "requester's reason: \($0)" } ?? "no reason given"
        let insertAt = evidence.first?.hasPrefix("matched ") == true ? 1 : 0
        evidence.insert(reasonLine, at: min(insertAt, evidence.count))
        if entry.namesOnLine > 1 {
            evidence.insert(
                "the line names \(entry.namesOnLine) people", at: min(insertAt + 1, evidence.count))
        }
        if let doubt = entry.doubt { evidence.insert("unsure: \(doubt)", at: 0) }
        return VettedTarget(
            entry: entry, match: match, depth: depth, verdict: verdict, evidence: evidence, suggestions: closest)
    }
}
