import VouchIO
import VouchIdentity

extension Vetter {
    /// How sure a name-only match must be for a piece of a line to be a connection's name:
    /// the whole name, as the export has it (nicknames and initials are not enough).
    static let exactName = 0.95

    /// The people one list line names. A line the list reader read as name, company and
    /// reason may name several people (`Amélie Fournier, Lars Eriksen, Tobias Wren`): a
    /// company or reason that is itself the full name of a connection, and not the company of
    /// the connection the line's name matches, is a person of its own; so is a connection's
    /// full name after " and " in the company (`… at Lumen Health and Tobias Wren at
    /// Quillfeather`), with the company after " at " or " from " as theirs. Every person keeps
    /// the line number and knows how many people the line names.
    func people(on entry: RequestEntry, matcher: PersonMatcher) -> [RequestEntry] {
        let found = split(entry, matcher: matcher)
        guard found.count > 1 else { return [entry] }
        return found.map { person in
            var person = person
            person.namesOnLine = found.count
            return person
        }
    }

    /// The line's first person (its pieces that name others removed) and the others.
    private func split(_ entry: RequestEntry, matcher: PersonMatcher) -> [RequestEntry] {
        guard entry.query.profileURL == nil, entry.query.email == nil, entry.unresolvableLink == nil,
            entry.query.company != nil || entry.reason != nil
        else { return [entry] }
        let (_, match) = read(entry, matcher: matcher)
        var ownCompany = ""
        if case .matched(let index, _, _) = match { ownCompany = analysis.export.connections[index].company }
        func isOwnCompany(_ text: String) -> Bool {
            !ownCompany.isEmpty && CompanyName.matches(text, ownCompany)
        }
        func isName(_ text: String) -> Bool {
            guard PersonName(text).tokens.count >= 2, !isOwnCompany(text) else { return false }
            switch matcher.match(PersonQuery(name: text)) {
            case .matched(_, let confidence, _): return confidence >= Self.exactName
            case .ambiguous(let candidates): return candidates.contains { $0.confidence >= Self.exactName }
            case .none: return false
            }
        }
        var company = entry.query.company
        var reason = entry.reason
        var others: [RequestEntry] = []
        func person(_ query: PersonQuery) -> RequestEntry {
            RequestEntry(position: entry.position, line: entry.line, query: query, title: nil, reason: nil)
        }
        // A company the connection's own (`Procter and Gamble`) is never split; one that only
        // begins with it (`Lumen Health and Tobias Wren`) may be.
        if let given = company, CompanyName.tokens(given) != CompanyName.tokens(ownCompany) {
            if !isOwnCompany(given), isName(given) {
                others.append(person(PersonQuery(name: given)))
                company = nil
            } else if let (kept, named) = Self.splitAtAnd(given, isName: isName) {
                company = kept
                // The person after " and " may be followed by another.
                others += split(person(named), matcher: matcher)
            }
        }
        if let given = reason, isName(given) {
            others.append(person(PersonQuery(name: given)))
            reason = nil
        }
        guard !others.isEmpty else { return [entry] }
        var query = entry.query
        query.company = company
        // `Okafor, Maya, Ben Carter`: the `Last, First` reading stays, without the person
        // the line names next.
        var swapped = entry.swappedQuery
        if let moved = swapped?.company, others.contains(where: { moved.contains($0.query.name) }) {
            swapped?.company = nil
        }
        let first = RequestEntry(
            position: entry.position, line: entry.line, query: query, title: entry.title, reason: reason,
            doubt: entry.doubt, swappedQuery: swapped)
        return [first] + others
    }

    /// `Lumen Health and Tobias Wren at Quillfeather` split before the first " and " that a
    /// connection's full name follows: the company kept (nil when nothing is left) and the
    /// person named after it, with the company after " at " or " from ".
    static func splitAtAnd(_ company: String, isName: (String) -> Bool) -> (String?, PersonQuery)? {
        var searchFrom = company.startIndex
        while let and = company.range(of: " and ", options: .caseInsensitive, range: searchFrom..<company.endIndex) {
            searchFrom = and.upperBound
            let rest = company[and.upperBound...]
            var name = String(rest)
            var theirs: String?
            for word in [" at ", " from "] {
                if let cut = rest.range(of: word, options: .caseInsensitive) {
                    name = String(rest[..<cut.lowerBound])
                    theirs = String(rest[cut.upperBound...]).trimmingWhitespace()
                    break
                }
            }
            name = name.trimmingWhitespace()
            guard isName(name) else { continue }
            let kept = String(company[..<and.lowerBound]).trimmingWhitespace()
            return (kept.isEmpty ? nil : kept, PersonQuery(name: name, company: theirs))
        }
        return nil
    }
}
