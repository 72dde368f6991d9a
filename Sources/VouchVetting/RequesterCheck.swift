import VouchIO
import VouchIdentity
import VouchIngest
import VouchScoring

/// Finds the person asking among the owner's connections, the way list entries are found
/// (`Last, First`, any profile link form, e-mail, `Name <address>`), and also by a given name
/// that only one connection has. No match gives the closest names ("did you mean"); several
/// give the candidates, and premature solicitation is judged on them all.
struct RequesterCheck {
    let analysis: Analysis
    let matcher: PersonMatcher

    /// Why `text` cannot name the requester (empty, or the owner's own name), as a usage
    /// message; nil when it can.
    static func problem(with text: String, owner: Owner) -> String? {
        let parsed = read(text)
        if parsed.name.isEmpty && !parsed.hasAddress {
            return
                "--requester needs the name, profile link or e-mail of the person asking; leave it out if you do not know who is asking"
        }
        let names = [parsed.name, parsed.swappedName ?? ""].filter { !$0.isEmpty }.map(PersonName.init)
        let isOwner =
            owner.name.map { ownerName in names.contains(PersonName(ownerName)) } == true
            || parsed.profileURL.flatMap(ProfileKey.init(url:)).map { $0 == owner.profileKey } == true
        if isOwner {
            return "--requester names you, the owner of the export; give the person who is asking you for introductions"
        }
        return nil
    }

    /// Reads what `--requester` or a `From:` header says (`"Pat Quinn" <pat@…>` included).
    static func read(_ text: String) -> RequestLineParser.Parsed {
        RequestLineParser.parse(text.replacingOccurrences(of: "\"", with: " ").trimmingWhitespace())
    }

    /// True when the export has no messages file: a nominal requester may be a friend the
    /// export cannot show, so premature solicitation is not asserted.
    private var lacksEvidence: Bool { analysis.coverage.lacksMessages }

    func assess(_ text: String, source: RequesterAssessment.Source) -> RequesterAssessment {
        let parsed = Self.read(text)
        var query = PersonQuery(
            name: parsed.name, company: parsed.company, profileURL: parsed.profileURL, email: parsed.email)
        var match = matcher.match(query)
        if match == .none, let swapped = parsed.swappedName {
            let swappedQuery = PersonQuery(
                name: swapped, company: parsed.swappedCompany, profileURL: parsed.profileURL, email: parsed.email)
            let swappedMatch = matcher.match(swappedQuery)
            if swappedMatch != .none {
                query = swappedQuery
                match = swappedMatch
            }
        }
        if match == .none, parsed.swappedName == nil { match = byGivenName(query.name) }
        var evidence: [String] = []
        var depth: RelationshipDepth?
        var tier = RelationshipTier.stranger
        var dormant = false
        var suggestions: [String] = []
        var untold = false
        // Connected only days ago: too recent to be a relationship, messages or none.
        var tooRecent = false
        let premature: Bool
        switch match {
        case .matched(let index, _, _):
            depth = analysis.depth(of: index)
            tier = depth?.tier ?? .stranger
            dormant = depth?.dormant ?? false
            evidence = depth?.evidence ?? []
            untold = depthUntold(index)
            tooRecent = depth?.isTooRecent == true
            premature = tier <= .nominal && (tooRecent || (!lacksEvidence && !untold))
        case .ambiguous(let candidates):
            let described = candidates.map { candidate -> String in
                let connection = analysis.export.connections[candidate.index]
                let tier = analysis.depth(of: candidate.index)?.tier ?? .stranger
                let company = connection.company.isEmpty ? "" : " (\(connection.company))"
                return "\(connection.name)\(company), \(depthUntold(candidate.index) ? "unknown" : tier.rawValue)"
            }
            let namesakes = candidates.map { analysis.export.connections[$0.index] }
            if let miss = Self.companyMiss(query.company, among: namesakes) { evidence.append(miss) }
            evidence.append(
                "several connections could be the requester: " + described.joined(separator: "; ") + ". "
                    + Self.disambiguationAdvice(candidates.map { analysis.export.connections[$0.index] }))
            let tiers = candidates.map { analysis.depth(of: $0.index)?.tier ?? .stranger }
            tier = tiers.max() ?? .stranger
            untold = candidates.contains { depthUntold($0.index) }
            premature = tiers.allSatisfy { $0 <= .nominal } && !lacksEvidence && !untold
        case .none where query.name.isEmpty && query.email != nil:
            evidence.append(Self.hiddenAddress)
            premature = false
        case .none:
            suggestions = closestNames(to: query.name)
            // `Hlt, Jamie`: a misspelt `Last, First` is the swapped name, misspelt.
            if let swapped = parsed.swappedName {
                let swappedSuggestions = closestNames(to: swapped)
                if suggestions.isEmpty || !swappedSuggestions.isEmpty {
                    query.name = swapped
                    query.company = parsed.swappedCompany
                    suggestions = swappedSuggestions
                }
            }
            // "Not found among your connections" is the requester's standing, said once.
            if !suggestions.isEmpty { evidence.append("did you mean " + suggestions.joined(separator: " or ") + "?") }
            premature = true
        }
        // Without messages the export cannot tell a friend from a name on a list.
        // Nor can messages with a name several connections share tell this one's depth.
        let unknown = tier == .nominal && !tooRecent && (lacksEvidence || untold)
        if unknown && !untold { evidence.append(Vetter.noMessages) }
        let addressOnly = match == .none && query.name.isEmpty && query.email != nil
        var name = query.name.isEmpty ? (query.profileURL ?? query.email ?? text) : query.name
        if case .matched(let index, _, _) = match { name = analysis.export.connections[index].name }
        return RequesterAssessment(
            query: text, name: name, source: source, match: match, depth: depth, tier: tier,
            isUnknown: unknown || addressOnly,
            dormant: dormant,
            prematureSolicitation: premature, evidence: evidence, suggestions: suggestions)
    }

    /// True when messages with the connection's name exist but several connections share
    /// the name and nothing gives them to one: how well the owner knows them cannot be told
    /// (unless the annotations file says).
    private func depthUntold(_ index: Int) -> Bool {
        guard let depth = analysis.depth(of: index), depth.tier == .nominal, !depth.annotated else { return false }
        return analysis.export.evidence[index].sharedNameMessages?.mayDecideDepth == true
    }

    /// Why an e-mail address that matches nobody tells nothing: LinkedIn leaves most
    /// connections' addresses out of the export.
    static let hiddenAddress =
        "this e-mail address is not in your export (LinkedIn hides most connections' addresses): give the name"

    /// Why a company given with a name did not pick one of `candidates`: none of them works
    /// there ("none of your 2 connections named Alex Kim is at Initech"); nil when no company
    /// was given or one of them matches it.
    static func companyMiss(_ company: String?, among candidates: [Connection]) -> String? {
        guard let company, let first = candidates.first else { return nil }
        let asked = CompanyName.tokens(company)
        guard !asked.isEmpty else { return nil }
        let matched = candidates.contains { candidate in
            let tokens = CompanyName.tokens(candidate.company)
            return !tokens.isEmpty && (asked.allSatisfy(tokens.contains) || tokens.allSatisfy(asked.contains))
        }
        if matched { return nil }
        return "none of your \(Plural.count(candidates.count, "connection")) named \(first.name) is at \(company)"
    }

    /// How to say which of `candidates` is asking: their profile link when the export has
    /// one for each, else the name with the company, as a list entry writes it.
    static func disambiguationAdvice(_ candidates: [Connection]) -> String {
        let withCompany = candidates.first { !$0.company.isEmpty }
        let example = withCompany.map { " (\"\($0.name) (\($0.company))\")" } ?? ""
        if candidates.allSatisfy({ $0.profileURL?.isEmpty == false }) {
            return "Pass their profile link with --requester, or their name with the company\(example)"
        }
        return
            "Your connections export has no profile links for them: pass the name with the company with --requester\(example)"
    }

    /// A bare given name (`Priya`) that one connection has (or several: ambiguous).
    func byGivenName(_ name: String) -> MatchOutcome {
        let folded = PersonName(name)
        guard folded.tokens.count == 1 else { return .none }
        let given = folded.tokens[0]
        let found = analysis.export.directory.names.indices.filter { index in
            let first = analysis.export.directory.names[index].first
            return first == given || Nicknames.equivalent(first, given)
        }
        if found.count == 1, let index = found.first {
            return .matched(index: index, confidence: 0.8, basis: "given name")
        }
        guard found.count > 1 else { return .none }
        return .ambiguous(found.prefix(10).map { MatchCandidate(index: $0, confidence: 0.8) })
    }

    /// The closest connections' names to a requester that matched nobody: one name, so it
    /// is compared with everyone, and more loosely than a list's names.
    private func closestNames(to name: String) -> [String] {
        NameSuggestions(analysis, indexed: false).closest(to: name) { max(2, $0 / 3) }
    }
}
