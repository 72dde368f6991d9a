/// A cache keyed by raw bytes that neither allocates nor copies on lookup: open addressing
/// over one array of slots, keys stored back to back in one byte array.
///
/// It is a cache, not a store: past ``capacity`` entries or ``keyByteLimit`` bytes of keys it
/// starts again, so memory stays bounded whatever the input.
struct ByteCache<Value> {
    private struct Entry {
        var hash: UInt64
        var start: Int
        var count: Int
    }

    /// Entries and bytes of keys past which the cache starts again.
    let capacity: Int
    let keyByteLimit: Int
    /// A power of two, at least twice ``capacity``: probe sequences stay short.
    private let slotCount: Int

    init(capacity: Int = 50_000, keyByteLimit: Int = 8 << 20) {
        self.capacity = capacity
        self.keyByteLimit = keyByteLimit
        var slotCount = 1 << 10
        while slotCount < 2 * capacity { slotCount <<= 1 }
        self.slotCount = slotCount
    }

    /// Allocated at the first insert, on the thread that uses the cache: a table is made for
    /// each part of a file read on two threads, before they start.
    private var slots: [Int32] = []
    private var entries: [Entry] = []
    private var values: [Value] = []
    private var keys: [UInt8] = []

    /// The value cached for `bytes`.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard !slots.isEmpty else { return nil }
        let hash = ByteScan.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let entry = entries[index]
                if entry.hash == hash && entry.count == bytes.count && keyEquals(entry, bytes) { return values[index] }
                slot = (slot + 1) & (slotCount - 1)
            }
        }
    }

    /// True when caching a key of `count` bytes starts the cache again: everything cached
    /// before is forgotten.
    func startsAgain(adding count: Int) -> Bool {
        entries.count >= capacity || keys.count + count > keyByteLimit
    }

    /// Caches `value` for `bytes` (which must not be cached yet).
    mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        if slots.isEmpty { slots = Array(repeating: -1, count: slotCount) }
        if startsAgain(adding: bytes.count) {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
            entries.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
        }
        let hash = ByteScan.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (slotCount - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (slotCount - 1) }
        slots[slot] = Int32(entries.count)
        entries.append(Entry(hash: hash, start: keys.count, count: bytes.count))
        values.append(value)
        keys.append(contentsOf: bytes)
    }

    private func keyEquals(_ entry: Entry, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            ByteScan.equal(UnsafeBufferPointer(rebasing: keys[entry.start..<entry.start + entry.count]), bytes)
        }
    }
}

/// Lists of ids cached by raw bytes, stored back to back in one array rather than an array
/// each: a lookup neither allocates nor touches a reference count of its own, and the whole
/// cache is freed at once. Bounded like the ``ByteCache`` it keys them with.
struct IDListCache {
    private var spans = ByteCache<Range<Int32>>()
    private var ids: [Int32] = []

    /// The list cached for `bytes`.
    func list(for bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<Int32>? {
        spans.value(for: bytes).map { ids[Int($0.lowerBound)..<Int($0.upperBound)] }
    }

    /// Caches `list` for `bytes` (which must not be cached yet) and returns it as stored.
    mutating func insert(_ list: [Int32], for bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<Int32> {
        if spans.startsAgain(adding: bytes.count) { ids.removeAll(keepingCapacity: true) }
        let start = ids.count
        ids.append(contentsOf: list)
        spans.insert(Int32(start)..<Int32(ids.count), for: bytes)
        return ids[start...]
    }
}
