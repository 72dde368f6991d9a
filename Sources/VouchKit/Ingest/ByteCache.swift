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

    static var capacity: Int { 50_000 }
    static var keyByteLimit: Int { 8 << 20 }
    private static var slotCount: Int { 1 << 17 }

    private var slots = [Int32](repeating: -1, count: ByteCache.slotCount)
    private var entries: [Entry] = []
    private var values: [Value] = []
    private var keys: [UInt8] = []

    /// The value cached for `bytes`.
    func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(bytes)
        return slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
            while true {
                let index = Int(slots[slot])
                if index < 0 { return nil }
                let entry = entries[index]
                if entry.hash == hash && entry.count == bytes.count && keyEquals(entry, bytes) { return values[index] }
                slot = (slot + 1) & (Self.slotCount - 1)
            }
        }
    }

    /// Caches `value` for `bytes` (which must not be cached yet).
    mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        if entries.count >= Self.capacity || keys.count + bytes.count > Self.keyByteLimit {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: -1) }
            entries.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
        }
        let hash = Self.hash(bytes)
        var slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        while slots[slot] >= 0 { slot = (slot + 1) & (Self.slotCount - 1) }
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

    /// A multiply-mix hash over eight bytes at a time.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index + 8 <= bytes.count {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < bytes.count {
            tail |= UInt64(base[index]) << shift
            shift += 8
            index += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 29)
    }

    static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer(hash)
    }
}
