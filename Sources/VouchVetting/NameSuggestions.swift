import VouchIdentity
import VouchScoring

/// The connections whose names are closest to a name that matched nobody ("did you mean"):
/// a letter dropped, doubled, swapped or mistyped. Distance is counted on the folded name
/// (`PersonName.key`), a swap of two neighbouring letters as one edit.
///
/// A list of a thousand names must not compare each with thirty thousand connections, so the
/// candidates for a name are the connections that share a token with it (a given name's
/// formal forms included), or its first initial and the first two letters of its last name;
/// the name is then compared with each candidate only. Made without that index (the
/// requester, one name), it compares with everyone.
struct NameSuggestions {
    let analysis: Analysis
    /// Connections by each key ``keys(of:)`` gives their name; nil: compare with everyone.
    private let byKey: [String: [Int]]?

    /// At most this many names are suggested.
    static let limit = 3

    /// Suggestions among `analysis`'s connections; `indexed: false` compares each name with
    /// everyone instead of building the candidate index.
    init(_ analysis: Analysis, indexed: Bool = true) {
        self.analysis = analysis
        guard indexed else {
            byKey = nil
            return
        }
        var byKey: [String: [Int]] = [:]
        for (index, name) in analysis.export.directory.names.enumerated() {
            for key in Self.keys(of: name) { byKey[key, default: []].append(index) }
        }
        self.byKey = byKey
    }

    /// Up to ``limit`` connections, closest first, as "Name (Company)", whose names are
    /// within `edits(length)` edits of `name` (`length` is the folded name's).
    func closest(to name: String, edits: (Int) -> Int) -> [String] {
        let folded = PersonName(name)
        let key = folded.key
        guard !key.isEmpty else { return [] }
        let limit = edits(key.count)
        let names = analysis.export.directory.names
        let candidates: [Int]
        if let byKey {
            var seen = Set<Int>()
            var forms = Self.keys(of: folded)
            for formal in Nicknames.formalNames(of: folded.first) { forms.append("=" + formal) }
            candidates = forms.flatMap { byKey[$0] ?? [] }.filter { seen.insert($0).inserted }
        } else {
            candidates = Array(names.indices)
        }
        var scored: [(distance: Int, index: Int)] = []
        for index in candidates {
            let candidate = names[index].key
            guard abs(candidate.count - key.count) <= limit else { continue }
            let distance = Self.editDistance(key, candidate, limit: limit)
            if distance <= limit { scored.append((distance, index)) }
        }
        scored.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.index < $1.index }
        var shown = Set<String>()
        return scored.compactMap { entry -> String? in
            let connection = analysis.export.connections[entry.index]
            guard shown.insert(connection.name).inserted else { return nil }
            return connection.company.isEmpty ? connection.name : "\(connection.name) (\(connection.company))"
        }.prefix(Self.limit).map { $0 }
    }

    /// The keys a name is found under: each token (`=token`), and its first initial with the
    /// first two letters of its last name (`j|sm`), which a typo later in either name keeps.
    private static func keys(of name: PersonName) -> [String] {
        var keys = name.tokens.map { "=" + $0 }
        if let initial = name.first.first, !name.last.isEmpty {
            keys.append(String(initial) + "|" + String(name.last.prefix(2)))
        }
        return keys
    }

    /// Edits between two names (insert, delete, replace, or swap two neighbouring letters),
    /// giving up (returning `limit + 1`) once every path exceeds `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let left = Array(a.unicodeScalars)
        let right = Array(b.unicodeScalars)
        var beforePrevious = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        for i in left.indices {
            var current = [i + 1] + [Int](repeating: 0, count: right.count)
            var best = current[0]
            for j in right.indices {
                var cost = min(previous[j] + (left[i] == right[j] ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
                if i > 0, j > 0, left[i] == right[j - 1], left[i - 1] == right[j] {
                    cost = min(cost, beforePrevious[j - 1] + 1)
                }
                current[j + 1] = cost
                best = min(best, cost)
            }
            if best > limit { return limit + 1 }
            beforePrevious = previous
            previous = current
        }
        return previous[right.count]
    }
}
