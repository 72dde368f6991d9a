/// Looks connections up by profile key, e-mail and name. Built once from `Connections.csv`,
/// then used by every stage that has to say who a row or a list entry is about.
public struct ConnectionDirectory: Sendable {
    /// The connections, in file order.
    public let connections: [Connection]
    /// Normalised names, parallel to ``connections``.
    public let names: [PersonName]
    private var byKey: [ProfileKey: Int] = [:]
    private var byEmail: [String: Int] = [:]
    private var byFullName: [String: [Int]] = [:]
    private var byFirstLast: [String: [Int]] = [:]
    private var byLastName: [String: [Int]] = [:]

    public init(_ connections: [Connection]) {
        self.connections = connections
        self.names = connections.map { PersonName(first: $0.firstName, last: $0.lastName) }
        for connection in connections where !connection.isHidden {
            let name = names[connection.index]
            if let key = connection.profileKey, byKey[key] == nil { byKey[key] = connection.index }
            if let email = connection.email?.lowercased(), !email.isEmpty { byEmail[email] = connection.index }
            guard !name.isEmpty else { continue }
            byFullName[name.key, default: []].append(connection.index)
            byFirstLast[name.first + " " + name.last, default: []].append(connection.index)
            for token in Set(name.tokens.dropFirst()) {
                byLastName[token, default: []].append(connection.index)
            }
            if name.tokens.count == 1 { byLastName[name.first, default: []].append(connection.index) }
        }
    }

    /// The connection with this profile key.
    public func connection(forKey key: ProfileKey) -> Int? { byKey[key] }

    /// The connection with this e-mail address.
    public func connection(forEmail email: String) -> Int? { byEmail[email.lowercased()] }

    /// The single connection whose name is exactly this (after normalisation), or nil when
    /// none or several are.
    public func uniqueConnection(named text: String) -> Int? {
        let name = PersonName(text)
        guard !name.isEmpty else { return nil }
        if let hits = byFullName[name.key] { return hits.count == 1 ? hits[0] : nil }
        if let hits = byFirstLast[name.first + " " + name.last] { return hits.count == 1 ? hits[0] : nil }
        return nil
    }

    /// Connections sharing a family-name token with `name` (candidates for fuzzy matching).
    public func candidates(for name: PersonName) -> [Int] {
        var result: [Int] = []
        var seen = Set<Int>()
        let lookups = name.tokens.count > 1 ? Array(name.tokens.dropFirst()) : name.tokens
        for token in lookups {
            for index in byLastName[token] ?? [] where seen.insert(index).inserted {
                result.append(index)
            }
        }
        return result
    }
}
