import Foundation

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

    private(set) var identities: [Identity] = []
    /// The display name first seen for each participant.
    private(set) var names: [String] = []
    private(set) var keys: [String] = []
    private var idByKey: [String: Int32] = [:]
    private var urlCache = ByteCache<Int32?>()
    private var nameCache = ByteCache<[Int32]>()
    private var urlListCache = ByteCache<[Int32]>()

    let directory: ConnectionDirectory
    let ownerKey: ProfileKey?
    let ownerName: PersonName?

    init(directory: ConnectionDirectory, ownerKey: ProfileKey?, ownerName: PersonName?) {
        self.directory = directory
        self.ownerKey = ownerKey
        self.ownerName = ownerName
    }

    var count: Int { identities.count }

    /// The participant for a profile URL field; nil when the URL is empty or not a profile.
    mutating func participant(url bytes: ArraySlice<UInt8>, name: () -> String) -> Int32? {
        if let cached = urlCache[bytes] {
            // A URL first seen among recipients has no name yet; the sender row gives it one.
            if let id = cached, names[Int(id)].isEmpty { names[Int(id)] = name() }
            return cached
        }
        let id = ProfileKey(bytes: bytes).map { intern(key: $0, name: name()) }
        urlCache[bytes] = id
        return id
    }

    /// The participants for a comma-joined list of profile URLs.
    mutating func participants(urls bytes: ArraySlice<UInt8>) -> [Int32] {
        if let cached = urlListCache[bytes] { return cached }
        let ids = bytes.split(separator: ASCII.comma).compactMap { part -> Int32? in
            if let cached = urlCache[part] { return cached }
            let id = ProfileKey(bytes: part).map { intern(key: $0, name: "") }
            urlCache[part] = id
            return id
        }
        urlListCache[bytes] = ids
        return ids
    }

    /// The participants for a name field (`FROM`, or `TO` with names joined by commas).
    mutating func participants(names bytes: ArraySlice<UInt8>, splitOnCommas: Bool) -> [Int32] {
        if let cached = nameCache[bytes] { return cached }
        let text = TextDecoding.repairMojibake(TextDecoding.string(from: bytes))
        var ids: [Int32] = []
        let whole = text.trimmingCharacters(in: .whitespaces)
        if !whole.isEmpty {
            // A name with a comma (`Femi O SPHRi, CPHR`) is one person when it resolves as a whole.
            if !splitOnCommas || directory.uniqueConnection(named: whole) != nil || !whole.contains(",") {
                ids = [intern(name: whole)]
            } else {
                ids = whole.split(separator: ",").map { intern(name: $0.trimmingCharacters(in: .whitespaces)) }
            }
        }
        nameCache[bytes] = ids
        return ids
    }

    private mutating func intern(key: ProfileKey, name: String) -> Int32 {
        let text = "u:" + key.slug
        if let id = idByKey[text] {
            if names[Int(id)].isEmpty && !name.isEmpty { names[Int(id)] = name }
            return id
        }
        let identity: Identity
        if key == ownerKey {
            identity = .owner
        } else if let index = directory.connection(forKey: key) {
            identity = .connection(index)
        } else {
            identity = .other
        }
        return add(text, identity: identity, name: name)
    }

    private mutating func intern(name: String) -> Int32 {
        let normalised = PersonName(name)
        let text = "n:" + normalised.key
        if let id = idByKey[text] { return id }
        let identity: Identity
        if let ownerName, !ownerName.isEmpty, normalised.key == ownerName.key {
            identity = .owner
        } else if let index = directory.uniqueConnection(named: name) {
            identity = .connection(index)
        } else {
            identity = .other
        }
        return add(text, identity: identity, name: name)
    }

    private mutating func add(_ key: String, identity: Identity, name: String) -> Int32 {
        let id = Int32(identities.count)
        identities.append(identity)
        names.append(name)
        keys.append(key)
        idByKey[key] = id
        return id
    }

    /// Marks participants as the owner after the fact (when the owner was inferred from the
    /// conversations themselves): the given one, and every participant seen under the same
    /// name (the owner appears by URL as a sender and by name as a recipient).
    mutating func markOwner(_ id: Int32) {
        identities[Int(id)] = .owner
        let ownerNameKey = PersonName(names[Int(id)]).key
        guard !ownerNameKey.isEmpty else { return }
        for index in identities.indices where identities[index] != .owner {
            if keys[index] == "n:" + ownerNameKey || PersonName(names[index]).key == ownerNameKey {
                identities[index] = .owner
            }
        }
    }
}

/// A small dictionary keyed by raw bytes that does not allocate on lookup.
struct ByteCache<Value> {
    private var buckets: [UInt64: [(key: [UInt8], value: Value)]] = [:]
    private var count = 0
    /// A cache, not a store: past this many entries it starts again, so memory stays bounded.
    static var capacity: Int { 50_000 }

    subscript(bytes: ArraySlice<UInt8>) -> Value? {
        get {
            guard let bucket = buckets[Self.hash(bytes)] else { return nil }
            return bucket.first { Self.equal($0.key, bytes) }?.value
        }
        set {
            guard let newValue else { return }
            if count >= Self.capacity {
                buckets.removeAll(keepingCapacity: true)
                count = 0
            }
            buckets[Self.hash(bytes), default: []].append((Array(bytes), newValue))
            count += 1
        }
    }

    /// Byte equality through memcmp (the generic `elementsEqual` is slow on this path).
    static func equal(_ lhs: [UInt8], _ rhs: ArraySlice<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in
                guard let a = left.baseAddress, let b = right.baseAddress else { return left.count == 0 }
                return memcmp(a, b, left.count) == 0
            }
        }
    }

    /// FNV-1a over the bytes.
    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
