/// Matches people to connections: profile URL, then e-mail, then name with company as
/// confirmation or tie-break. The one matcher every stage uses, so a name that matches in one
/// report matches in all of them.
///
/// Names are compared after ``PersonName`` normalisation (case, diacritics, punctuation,
/// honorifics, credentials); given names also match by nickname (`Bob` and `Robert`), by
/// initial (`J.` and `Jane`) and by prefix; middle names are ignored.
public struct PersonMatcher: Sendable {
    public let directory: ConnectionDirectory
    /// Candidates below this confidence are not considered.
    public static let minimumConfidence = 0.5
    /// When the best two candidates are closer than this, the match is ambiguous.
    public static let ambiguityMargin = 0.1

    public init(directory: ConnectionDirectory) {
        self.directory = directory
    }

    /// Matches one query.
    public func match(_ query: PersonQuery) -> MatchOutcome {
        if let url = query.profileURL, let key = ProfileKey(url: url), let index = directory.connection(forKey: key) {
            return .matched(index: index, confidence: 1.0, basis: "profile URL")
        }
        if let email = query.email, let index = directory.connection(forEmail: email) {
            return .matched(index: index, confidence: 0.99, basis: "e-mail")
        }
        let name = PersonName(query.name)
        guard !name.isEmpty else { return .none }
        var scored: [MatchCandidate] = []
        let companyTokens = query.company.map(CompanyName.tokens)
        for index in directory.candidates(for: name) {
            guard var confidence = Self.nameSimilarity(name, directory.names[index]) else { continue }
            if let companyTokens, !directory.connections[index].company.isEmpty {
                confidence +=
                    CompanyName.matches(tokens: companyTokens, directory.companyTokens(of: index)) ? 0.08 : -0.1
            }
            confidence = min(1, max(0, confidence))
            if confidence >= Self.minimumConfidence {
                scored.append(MatchCandidate(index: index, confidence: confidence))
            }
        }
        scored.sort { $0.confidence != $1.confidence ? $0.confidence > $1.confidence : $0.index < $1.index }
        guard let best = scored.first else { return .none }
        let close = scored.filter { best.confidence - $0.confidence < Self.ambiguityMargin }
        if close.count == 1 {
            // The company is part of the basis only when it is the connection's.
            let confirmed = companyTokens.map {
                CompanyName.matches(tokens: $0, directory.companyTokens(of: best.index))
            }
            return .matched(
                index: best.index, confidence: best.confidence, basis: confirmed == true ? "name and company" : "name")
        }
        return .ambiguous(close)
    }

    /// How well two normalised names fit, or nil when they cannot be the same person.
    static func nameSimilarity(_ query: PersonName, _ candidate: PersonName) -> Double? {
        if query.tokens == candidate.tokens { return 0.95 }
        let lastScore: Double
        if query.last == candidate.last && !query.last.isEmpty {
            lastScore = 1
        } else if query.tokens.count == 1 || candidate.tokens.count == 1 {
            return nil
        } else if candidate.tokens.dropFirst().contains(query.last) || query.tokens.dropFirst().contains(candidate.last)
        {
            lastScore = 0.85  // double-barrelled or hyphenated family names
        } else {
            return nil
        }
        let firstScore: Double
        let a = query.first
        let b = candidate.first
        if a == b {
            firstScore = 1
        } else if Nicknames.equivalent(a, b) {
            firstScore = 0.9
        } else if a.count == 1 || b.count == 1 {
            guard a.first == b.first else { return nil }
            firstScore = 0.75
        } else if a.count >= 3 && b.count >= 3 && (a.hasPrefix(b) || b.hasPrefix(a)) {
            firstScore = 0.8
        } else {
            return nil
        }
        return 0.92 * firstScore * lastScore
    }
}
