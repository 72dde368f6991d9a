import VouchIO

/// Looks connections up by profile key, e-mail and name. Built once from `Connections.csv`,
/// then used by every stage that has to say who a row or a list entry is about.
public struct ConnectionDirectory: Sendable {
    /// The connections, in file order.
    public let connections: [Connection]
    /// Normalised names, parallel to ``connections``.
    public let names: [PersonName]
    /// Each connection's profile key when ``connection(forKey:)`` finds that connection by it;
    /// nil when it has none, is hidden, or an earlier connection has the same key.
    package let ownKeys: [ProfileKey?]
    /// Connection indexes by the bytes of their profile key's slug.
    private var byKey = ByteCache<Int32>(capacity: 0)
    private var byEmail: [String: Int] = [:]
    /// The one visible connection with this name, or ``sharedName`` when several have it.
    private var byFullName: [String: Int] = [:]
    private var byFirstLast: [String: Int] = [:]
    private static let sharedName = -1
    /// The index of possible namesakes, for ``candidates(for:)``.
    private var nameIndex: NameIndex

    /// Builds every index.
    public init(_ connections: [Connection]) {
        self.init(exactIndexes: connections)
        attach(NameIndex(self))
    }

    /// Builds the indexes for exact lookups (profile key, e-mail, exact name): what reading the
    /// export's other files needs. ``candidates(for:)`` needs ``attach(_:)`` first; the name
    /// index can be built meanwhile, on another thread.
    package init(exactIndexes connections: [Connection]) {
        self.connections = connections
        // Folding names and normalising profile URLs are the costly parts and pure per person:
        // each in two halves at once (two passes, not one of pairs, which would copy every
        // name once more to take the pairs apart). By index throughout: iterating the records
        // themselves copies each one (its strings retained and released).
        let indices = Array(connections.indices)
        let names = Parallel.inHalves(indices, minimumCount: Parallel.peopleWorthAThread) { part, emit in
            for index in part {
                emit(PersonName(first: connections[index].firstName, last: connections[index].lastName))
            }
        }
        let keys = Parallel.inHalves(indices, minimumCount: Parallel.peopleWorthAThread) { part, emit in
            // From the stored URL: the computed `profileKey` would copy each record.
            for index in part { emit(connections[index].profileURL.flatMap(ProfileKey.init(url:))) }
        }
        self.names = names
        nameIndex = NameIndex()
        // The lookups by profile key and e-mail need no names: they are built beside the
        // lookups by name (each a loop of string hashes, about as long as the other).
        let (contact, named) = Parallel.both(
            { Self.contactIndexes(connections, keys) }, { Self.nameIndexes(connections, names) },
            inParallel: connections.count >= Parallel.peopleWorthAThread)
        (byKey, byEmail, ownKeys) = contact.get()
        (byFullName, byFirstLast) = named.get()
    }

    /// Profile key (`keys`, one per connection) and e-mail to connection, for the visible
    /// connections; the first connection with a key keeps it (see ``ownKeys``).
    private static func contactIndexes(_ connections: [Connection], _ keys: [ProfileKey?]) -> (
        ByteCache<Int32>, [String: Int], [ProfileKey?]
    ) {
        var byKey = ByteCache<Int32>.store(expected: connections.count)
        var byEmail: [String: Int] = [:]
        var ownKeys = [ProfileKey?](repeating: nil, count: connections.count)
        for index in connections.indices where !connections[index].isHidden {
            if let key = keys[index], key.withSlugBytes({ byKey.value(for: $0) }) == nil {
                key.withSlugBytes { byKey.insert(Int32(index), for: $0) }
                ownKeys[index] = key
            }
            if let email = connections[index].email?.lowercased(), !email.isEmpty { byEmail[email] = index }
        }
        return (byKey, byEmail, ownKeys)
    }

    /// Full name, and given plus family name, to the visible connection who has it, or to
    /// ``sharedName`` when several do: only a unique name identifies anyone (a list of
    /// indexes for each name was an allocation per connection, for nothing).
    private static func nameIndexes(_ connections: [Connection], _ names: [PersonName]) -> (
        [String: Int], [String: Int]
    ) {
        var byFullName: [String: Int] = [:]
        var byFirstLast: [String: Int] = [:]
        byFullName.reserveCapacity(connections.count)
        byFirstLast.reserveCapacity(connections.count)
        for index in connections.indices where !connections[index].isHidden && !names[index].isEmpty {
            let name = names[index]
            if byFullName.updateValue(index, forKey: name.key) != nil { byFullName[name.key] = sharedName }
            let firstLast = name.first + " " + name.last
            if byFirstLast.updateValue(index, forKey: firstLast) != nil { byFirstLast[firstLast] = sharedName }
        }
        return (byFullName, byFirstLast)
    }

    /// Adds the name index built for this directory.
    package mutating func attach(_ index: NameIndex) {
        nameIndex = index
    }

    /// Family-name tokens, and family-name token plus a given-name key (prefix, nickname
    /// group, initial): the index that keeps name matching from comparing every namesake.
    package struct NameIndex: Sendable {
        fileprivate var byLastName = IndexLists()
        /// Under the family-name token and a given-name key joined by `|`.
        fileprivate var byLastAndGiven = IndexLists()
        /// Each connection's company as ``CompanyName`` tokens, for confirming a name match.
        fileprivate var companyTokens: [[String]] = []
        fileprivate var isBuilt = false

        init() {}

        package init(_ directory: ConnectionDirectory) {
            isBuilt = true
            // Many connections share a company: each distinct name is folded once.
            var folded: [String: [String]] = [:]
            let connections = directory.connections
            companyTokens = connections.indices.map { index in
                let company = connections[index].company
                if let known = folded[company] { return known }
                let tokens = CompanyName.tokens(company)
                folded[company] = tokens
                return tokens
            }
            byLastName = IndexLists(expected: connections.count)
            byLastAndGiven = IndexLists(expected: 4 * connections.count)
            // Given names repeat too: each distinct one's keys are worked out once.
            var givenKeys: [String: [String]] = [:]
            for index in connections.indices where !connections[index].isHidden {
                let name = directory.names[index]
                guard !name.isEmpty else { continue }
                let keys: [String]
                if let known = givenKeys[name.first] {
                    keys = known
                } else {
                    keys = ConnectionDirectory.givenKeys(indexing: name.first)
                    givenKeys[name.first] = keys
                }
                let family = name.tokens.dropFirst()
                for (offset, token) in zip(family.indices, family) where !family[..<offset].contains(token) {
                    byLastName.append(index, under: token)
                    for key in keys { byLastAndGiven.append(index, under: token, key) }
                }
                if name.tokens.count == 1 { byLastName.append(index, under: name.first) }
            }
        }
    }

    /// The connection with this profile key.
    public func connection(forKey key: ProfileKey) -> Int? {
        connection(forKey: key, hash: key.withSlugBytes(ByteScan.hash))
    }

    /// ``connection(forKey:)`` for a key whose slug's ``ByteScan/hash(_:)`` is `hash`.
    package func connection(forKey key: ProfileKey, hash: UInt64) -> Int? {
        key.withSlugBytes { byKey.value(for: $0, hash: hash) }.map(Int.init)
    }

    /// Starts loading where a lookup of a key whose slug's hash is `hash` begins, for a
    /// ``connection(forKey:hash:)`` a little later (see ``ByteCache/prefetch(hash:)``).
    package func prefetch(keyHash hash: UInt64) {
        byKey.prefetch(hash: hash)
    }

    /// The connection with this e-mail address.
    public func connection(forEmail email: String) -> Int? { byEmail[email.lowercased()] }

    /// The single connection whose name is exactly this (after normalisation), or nil when
    /// none or several are.
    public func uniqueConnection(named text: String) -> Int? {
        let name = PersonName(text)
        guard !name.isEmpty else { return nil }
        if let hit = byFullName[name.key] { return hit == Self.sharedName ? nil : hit }
        if let hit = byFirstLast[name.first + " " + name.last] { return hit == Self.sharedName ? nil : hit }
        return nil
    }

    /// Whether connections go by exactly this name (after normalisation): none, one (which)
    /// or several. `wholeNameOnly` leaves out the looser first-and-last-token match, for
    /// text that may join several people's names.
    package func lookup(named name: PersonName, wholeNameOnly: Bool = false) -> NameLookup {
        guard !name.isEmpty else { return .none }
        var hit = byFullName[name.key]
        if hit == nil && !wholeNameOnly { hit = byFirstLast[name.first + " " + name.last] }
        guard let hit else { return .none }
        return hit == Self.sharedName ? .several : .one(hit)
    }

    /// What ``lookup(named:wholeNameOnly:)`` finds.
    package enum NameLookup: Equatable {
        case none
        case one(Int)
        case several
    }

    /// Connections that could be `name`: sharing a family-name token and a given name that can
    /// match (same prefix, same nickname group, or an initial). Every connection that
    /// ``PersonMatcher`` could accept is among them.
    public func candidates(for name: PersonName) -> [Int] {
        precondition(nameIndex.isBuilt, "the name index is attached before names are matched")
        var result: [Int] = []
        var seen = Set<Int>()
        guard name.tokens.count > 1 else {
            for index in nameIndex.byLastName.list(under: name.first) where seen.insert(index).inserted {
                result.append(index)
            }
            return result
        }
        let probes = Self.givenKeys(probing: name.first)
        for token in name.tokens.dropFirst() {
            for key in probes {
                for index in nameIndex.byLastAndGiven.list(under: token, key) where seen.insert(index).inserted {
                    result.append(index)
                }
            }
        }
        return result.sorted()
    }

    /// The ``CompanyName`` tokens of connection `index`'s company.
    func companyTokens(of index: Int) -> [String] {
        precondition(nameIndex.isBuilt, "the name index is attached before names are matched")
        return nameIndex.companyTokens[index]
    }

    /// The keys a connection's given name is indexed under.
    static func givenKeys(indexing given: String) -> [String] {
        guard let initial = given.first else { return [] }
        var keys = ["i:" + String(initial)]
        keys.append(given.count >= 3 ? "p:" + String(given.prefix(3)) : "x:" + given)
        if given.count == 1 { keys.append("1:" + given) }
        for formal in Nicknames.formalNames(of: given) { keys.append("f:" + formal) }
        return keys
    }

    /// The keys to look up for a queried given name.
    static func givenKeys(probing given: String) -> [String] {
        guard let initial = given.first else { return [] }
        if given.count == 1 { return ["i:" + given] }
        var keys = ["1:" + String(initial)]
        keys.append(given.count >= 3 ? "p:" + String(given.prefix(3)) : "x:" + given)
        for formal in Nicknames.formalNames(of: given) { keys.append("f:" + formal) }
        return keys
    }
}
