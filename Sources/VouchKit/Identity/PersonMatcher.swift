/// Who a list entry, a recommendation or an address-book card says it is about.
public struct PersonQuery: Sendable, Hashable, Codable {
    public var name: String
    public var company: String?
    public var profileURL: String?
    public var email: String?

    public init(name: String, company: String? = nil, profileURL: String? = nil, email: String? = nil) {
        self.name = name
        self.company = company.flatMap { $0.isEmpty ? nil : $0 }
        self.profileURL = profileURL.flatMap { $0.isEmpty ? nil : $0 }
        self.email = email.flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// The outcome of matching one query against the connections.
public enum MatchOutcome: Sendable, Equatable {
    /// One connection, with a confidence in [0, 1] and how it was found.
    case matched(index: Int, confidence: Double, basis: String)
    /// Several connections fit about equally well.
    case ambiguous([MatchCandidate])
    /// No connection fits.
    case none
}

/// A possible match with its confidence.
public struct MatchCandidate: Sendable, Equatable {
    public let index: Int
    public let confidence: Double
}

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
            return .matched(
                index: best.index, confidence: best.confidence,
                basis: query.company == nil ? "name" : "name and company")
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

/// Company names compared the way people write them (`Northwind Traders, Inc.` is
/// `northwind traders`).
public enum CompanyName {
    /// Folded tokens without legal-form words.
    public static func tokens(_ text: String) -> [String] {
        PersonName.fold(text).filter { !legalForms.contains($0) }
    }

    /// True when one name's tokens contain the other's (`Northwind` and `Northwind Traders`).
    public static func matches(_ lhs: String, _ rhs: String) -> Bool {
        matches(tokens: tokens(lhs), tokens(rhs))
    }

    /// The same comparison on already folded tokens.
    static func matches(tokens left: [String], _ right: [String]) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left == right { return true }
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        // Contiguous containment, so "Bank" does not match "Bank of the West" by accident of one word
        // unless the shorter name is all of a prefix.
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
            return start == 0 || short.count >= 2
        }
        return false
    }

    private static let legalForms: Set<String> = [
        "inc", "incorporated", "llc", "llp", "ltd", "limited", "gmbh", "ag", "co", "corp", "corporation", "company",
        "plc", "sa", "sarl", "bv", "nv", "pty", "the", "and", "group", "holdings", "pc", "pllc",
    ]
}
