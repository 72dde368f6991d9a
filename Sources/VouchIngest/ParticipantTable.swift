import Foundation
import VouchIO
import VouchIdentity

/// The bytes of one field, pointing into the record being read.
typealias Field = UnsafeBufferPointer<UInt8>

/// Interns the people who appear in messages, so a million rows cost one lookup each.
///
/// A participant is keyed by profile key when the row gives a URL, else by normalised name.
/// Each distinct raw URL or name field is normalised once and cached by its bytes.
struct ParticipantTable {
    /// Who a participant is, as far as the export tells.
    enum Identity: Equatable {
        case owner
        case connection(Int)
        case other
    }

    /// What a participant is known by: a profile key when the row gives a URL, else the
    /// folded name.
    enum Key: Hashable {
        case profile(ProfileKey)
        case name(String)

        /// The profile key, for a participant known by one.
        var profileKey: ProfileKey? {
            if case .profile(let key) = self { return key }
            return nil
        }
    }

    private(set) var identities: [Identity] = []
    /// The display name first seen for each participant.
    private(set) var names: [String] = []
    private(set) var keys: [Key] = []
    /// Participants by key, apart from connections found by their profile key, which are in
    /// ``byConnection``.
    private var idByKey: [Key: Int32] = [:]
    /// The participant of each connection found by its profile key (-1: none yet): most
    /// participants are connections, and an array needs no hashing. A connection has one
    /// profile key, so its slot stands for the key.
    private var byConnection: [Int32]
    /// For each participant, the connection whose slot it has (-1: none).
    private var slots: [Int32] = []
    private var urlCache = ByteCache<Int32?>()
    private var nameCache = IDListCache()
    private var urlListCache = IDListCache()

    let directory: ConnectionDirectory
    /// The connections' URLs as messages spell them: most first sights need no normalising.
    let knownURLs: KnownProfileURLs
    let ownerKey: ProfileKey?
    /// The owner's folded names: from Profile.csv, and the name their own rows give once
    /// they are known.
    private var ownerNameKeys: Set<String> = []
    /// The folded names of the senders seen so far: names that can occur in `TO`.
    private var senderNameKeys: Set<String> = []
    /// Names in messages that several connections have, by folded name: not attributed to
    /// any of them.
    private(set) var ambiguousNames: [String: String] = [:]
    /// The folded name of each participant who is someone else only because several
    /// connections have their name (``MessageRules`` gives them ``SharedNameMessages``).
    private(set) var sharedNames: [Int32: String] = [:]
    /// False when Connections.csv gives no URLs (before mid 2023).
    private let connectionsHaveURLs: Bool

    init(
        directory: ConnectionDirectory, knownURLs: KnownProfileURLs = KnownProfileURLs(), ownerKey: ProfileKey?,
        ownerName: PersonName?
    ) {
        self.directory = directory
        self.knownURLs = knownURLs
        self.ownerKey = ownerKey
        if let ownerName, !ownerName.isEmpty { ownerNameKeys.insert(ownerName.key) }
        connectionsHaveURLs = directory.ownKeys.contains { $0 != nil }
        byConnection = Array(repeating: -1, count: directory.connections.count)
    }

    var count: Int { identities.count }

    /// The connection participant `id` was found as by its profile key, if so (most
    /// connections are; one matched by name has no slot).
    func slot(of id: Int32) -> Int? {
        let slot = slots[Int(id)]
        return slot >= 0 ? Int(slot) : nil
    }

    /// True when the owner is known before reading messages (from Profile.csv or invitations).
    var knowsOwner: Bool { ownerKey != nil || !ownerNameKeys.isEmpty }

    /// Hashes a row's sender URL and recipient list and starts loading their cache slots,
    /// so that the lookups after the row's other checks need not wait for memory.
    func prefetch(url: Field, urls: Field) -> (url: UInt64, urls: UInt64) {
        let hashes = (url: ByteScan.hash(url), urls: ByteScan.hash(urls))
        urlCache.prefetch(hash: hashes.url)
        urlListCache.prefetch(hash: hashes.urls)
        return hashes
    }

    /// The participant for a profile URL field; nil when the URL is empty or not a profile.
    mutating func participant(url bytes: Field, name: () -> String) -> Int32? {
        participant(url: bytes, hash: ByteScan.hash(bytes), name: name)
    }

    /// ``participant(url:name:)`` for a URL whose ``ByteScan/hash(_:)`` is `hash`.
    mutating func participant(url bytes: Field, hash: UInt64, name: () -> String) -> Int32? {
        if let cached = urlCache.value(for: bytes, hash: hash) {
            // A URL first seen among recipients has no name yet; the sender row gives it one.
            if let id = cached, names[Int(id)].isEmpty {
                names[Int(id)] = name()
                // A connection's name is known from the directory already.
                if identities[Int(id)] == .other || identities[Int(id)] == .owner {
                    let folded = PersonName(names[Int(id)])
                    if identities[Int(id)] == .other {
                        identities[Int(id)] = identity(ofUnknownURLNamed: folded, names[Int(id)])
                        // Where connections have URLs, a URL that is none of theirs is someone else.
                        if !connectionsHaveURLs { noteShared(id, folded) }
                    }
                    noteSender(id, folded)
                }
            }
            return cached
        }
        let id: Int32?
        if let known = knownURLs.entry(for: bytes) {
            id = intern(key: known.key, name: name(), connection: known.connection)
        } else {
            id = ProfileKey(bytes: bytes).map {
                intern(key: $0, name: name(), connection: directory.connection(forKey: $0))
            }
        }
        urlCache.insert(id, for: bytes)
        return id
    }

    /// The participants for a comma-joined list of profile URLs, whose ``ByteScan/hash(_:)``
    /// is `hash` (see ``prefetch(url:urls:)``).
    mutating func participants(urls bytes: Field, hash: UInt64) -> ArraySlice<Int32> {
        if let cached = urlListCache.list(for: bytes, hash: hash) { return cached }
        // First seen (each group thread's lists are): the URLs between commas, empty ones skipped.
        guard let base = bytes.baseAddress else { return [] }
        var ids: [Int32] = []
        var start = 0
        while start < bytes.count {
            let found = memchr(base + start, Int32(ASCII.comma), bytes.count - start)
            let comma = found.map { UnsafeRawPointer(base).distance(to: $0) } ?? bytes.count
            let url = Field(start: base + start, count: comma - start)
            if !url.isEmpty, let id = participant(url: url, name: { "" }) { ids.append(id) }
            start += url.count + 1
        }
        return urlListCache.insert(ids, for: bytes)
    }

    /// The participants for a name field: `FROM` (one name, `splitOnCommas` false), or `TO`
    /// with names joined by commas and no quoting, split by ``NameList``.
    mutating func participants(names bytes: Field, splitOnCommas: Bool) -> ArraySlice<Int32> {
        if let cached = nameCache.list(for: bytes) { return cached }
        let text = TextDecoding.repairMojibake(TextDecoding.string(from: bytes))
        let whole = text.trimmingWhitespace()
        guard !whole.isEmpty else { return nameCache.insert([], for: bytes) }
        guard splitOnCommas, whole.utf8.contains(ASCII.comma) else {
            let folded = PersonName(whole)
            let id = intern(name: whole, folded: folded)
            if !splitOnCommas { noteSender(id, folded) }
            return nameCache.insert([id], for: bytes)
        }
        // The names that can occur: the owner's, the senders' seen so far, the connections'
        // (a candidate joining several pieces must match a whole name). Copied out, so that
        // the closure does not copy the whole table.
        let (owners, senders, directory) = (ownerNameKeys, senderNameKeys, self.directory)
        let split = NameList.split(whole) { name, joined in
            owners.contains(name.key) || senders.contains(name.key)
                || directory.lookup(named: name, wholeNameOnly: joined) != .none
        }
        let ids = split.names.map { intern(name: $0.text, folded: $0.folded) }
        // A split that guessed may come out otherwise once more senders are known: not kept.
        return split.settled ? nameCache.insert(ids, for: bytes) : ids[...]
    }

    /// Remembers the name of a participant seen as a sender, for splitting `TO`; a name the
    /// owner's own rows give is the owner's from then on.
    private mutating func noteSender(_ id: Int32, _ name: PersonName) {
        // A connection's name is known from the directory already.
        if case .connection = identities[Int(id)] { return }
        let key = name.key
        guard !key.isEmpty else { return }
        senderNameKeys.insert(key)
        if identities[Int(id)] == .owner { learnOwnerName(key) }
    }

    /// Adds a name the owner goes by: participants already seen by that name are the owner.
    private mutating func learnOwnerName(_ key: String) {
        guard ownerNameKeys.insert(key).inserted else { return }
        if let id = idByKey[.name(key)] { identities[Int(id)] = .owner }
    }

    /// The participant with profile key `profile`; `connection` is the connection the
    /// directory finds by that key.
    private mutating func intern(key profile: ProfileKey, name: String, connection: Int?) -> Int32 {
        if let index = connection, profile != ownerKey {
            let id = byConnection[index]
            guard id >= 0 else { return add(.profile(profile), identity: .connection(index), name: name, slot: index) }
            fillName(id, name)
            return id
        }
        let key = Key.profile(profile)
        if let id = idByKey[key] {
            fillName(id, name)
            return id
        }
        let folded = PersonName(name)
        let id = add(
            key, identity: profile == ownerKey ? .owner : identity(ofUnknownURLNamed: folded, name), name: name)
        if !connectionsHaveURLs { noteShared(id, folded) }
        noteSender(id, folded)
        return id
    }

    /// Who a profile URL that no connection has stands for, by the name it comes with: the
    /// owner when their URL is unknown and the name is theirs (their own rows); else the one
    /// connection of that name when that connection has no URL to tell (Connections.csv
    /// before mid 2023); else someone else.
    private mutating func identity(ofUnknownURLNamed folded: PersonName, _ name: String) -> Identity {
        guard !folded.isEmpty else { return .other }
        if ownerKey == nil && ownerNameKeys.contains(folded.key) { return .owner }
        switch directory.lookup(named: folded) {
        case .one(let index) where directory.connections[index].profileURL == nil: return .connection(index)
        // Where connections have URLs, a URL that is none of theirs is someone else.
        case .several where !connectionsHaveURLs: ambiguousNames[folded.key] = ambiguousNames[folded.key] ?? name
        default: break
        }
        return .other
    }

    private mutating func intern(name: String) -> Int32 {
        intern(name: name, folded: PersonName(name))
    }

    /// The participant with this name, whose ``PersonName`` is `normalised`.
    private mutating func intern(name: String, folded normalised: PersonName) -> Int32 {
        let key = Key.name(normalised.key)
        if let id = idByKey[key] { return id }
        var identity = Identity.other
        if ownerNameKeys.contains(normalised.key) {
            identity = .owner
        } else {
            switch directory.lookup(named: normalised) {
            case .one(let index): identity = .connection(index)
            case .several: ambiguousNames[normalised.key] = ambiguousNames[normalised.key] ?? name
            case .none: break
            }
        }
        let id = add(key, identity: identity, name: name)
        noteShared(id, normalised)
        return id
    }

    /// Remembers that participant `id` is no one's because several connections have its
    /// name `folded` (``identity(ofUnknownURLNamed:_:)`` and ``intern(name:folded:)`` list
    /// such names in ``ambiguousNames``).
    private mutating func noteShared(_ id: Int32, _ folded: PersonName) {
        guard identities[Int(id)] == .other, !folded.isEmpty, ambiguousNames[folded.key] != nil else { return }
        sharedNames[id] = folded.key
    }

    /// Gives participant `id` the name `name` when it has none yet (it was first seen among
    /// recipients, or in the other half of the file, where rows give no name).
    private mutating func fillName(_ id: Int32, _ name: String) {
        if names[Int(id)].isEmpty && !name.isEmpty { names[Int(id)] = name }
    }

    /// A new participant; `slot` is the connection it stands for by profile key, if any.
    private mutating func add(_ key: Key, identity: Identity, name: String, slot: Int = -1) -> Int32 {
        let id = Int32(identities.count)
        identities.append(identity)
        names.append(name)
        keys.append(key)
        slots.append(Int32(slot))
        if slot >= 0 {
            byConnection[slot] = id
        } else {
            idByKey[key] = id
        }
        return id
    }

    /// Adds the participants another table interned (reading a later part of the same file),
    /// in its order; returns each of its ids' id here. A name first seen there fills one
    /// still empty here, as reading the file in one go would have.
    mutating func absorb(_ other: ParticipantTable) -> [Int32] {
        senderNameKeys.formUnion(other.senderNameKeys)
        ambiguousNames.merge(other.ambiguousNames) { mine, _ in mine }
        for key in other.ownerNameKeys { learnOwnerName(key) }
        return other.keys.indices.map { index in
            let name = other.names[index]
            // Both tables number connections by the same directory.
            let slot = Int(other.slots[index])
            let found = slot >= 0 ? byConnection[slot] : idByKey[other.keys[index]] ?? -1
            guard found >= 0 else {
                // A name the owner goes by, learned here, is the owner's there too.
                var identity = other.identities[index]
                if case .name(let key) = other.keys[index], ownerNameKeys.contains(key) { identity = .owner }
                let id = add(other.keys[index], identity: identity, name: name, slot: slot)
                if let shared = other.sharedNames[Int32(index)] { sharedNames[id] = shared }
                return id
            }
            fillName(found, name)
            if sharedNames[found] == nil, let shared = other.sharedNames[Int32(index)] { sharedNames[found] = shared }
            return found
        }
    }

    /// Marks participants as the owner after the fact (when the owner was inferred from the
    /// conversations themselves): the given one, and every participant seen under the same
    /// name (the owner appears by URL as a sender and by name as a recipient).
    mutating func markOwner(_ id: Int32) {
        identities[Int(id)] = .owner
        let ownerNameKey = PersonName(names[Int(id)]).key
        guard !ownerNameKey.isEmpty else { return }
        ownerNameKeys.insert(ownerNameKey)
        for index in identities.indices where identities[index] != .owner {
            if keys[index] == .name(ownerNameKey) || PersonName(names[index]).key == ownerNameKey {
                identities[index] = .owner
            }
        }
    }
}
