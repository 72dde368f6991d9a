import CMemoryHints

/// A cache keyed by raw bytes that neither allocates nor copies on lookup: open addressing
/// over one array of slots, keys stored back to back in one byte array.
///
/// A slot holds what a lookup compares (part of the hash, the key's length and where its bytes
/// are), so a lookup waits for memory twice, for the slot and then for the key's bytes and the
/// value together, rather than once more for a separate entry.
///
/// The slots double as entries come, keeping at least half of them free, so a cache takes
/// memory for what it holds rather than for its capacity (four caches are made per half of a
/// messages file, most holding far fewer than ``capacity`` entries).
///
/// It is a cache, not a store: past ``capacity`` entries or ``keyByteLimit`` bytes of keys it
/// starts again, so memory stays bounded whatever the input.
@usableFromInline package struct ByteCache<Value> {
    @usableFromInline package struct Slot: Sendable {
        /// The hash's upper half, which also chooses the slot (its low bits), so that the
        /// slots can double without hashing the keys again.
        @usableFromInline package var tag: UInt32
        @usableFromInline package var count: UInt32
        @usableFromInline package var start: UInt32
        /// The value's place in ``values``; -1 when the slot is free.
        @usableFromInline package var index: Int32

        @inlinable package init(tag: UInt32, count: UInt32, start: UInt32, index: Int32) {
            self.tag = tag
            self.count = count
            self.start = start
            self.index = index
        }

        @inlinable package static var empty: Slot { Slot(tag: 0, count: 0, start: 0, index: -1) }
    }

    /// Entries and bytes of keys past which the cache starts again.
    @usableFromInline package let capacity: Int
    @usableFromInline package let keyByteLimit: Int
    @inlinable package static var initialSlots: Int { 1 << 10 }

    /// A cache of up to `capacity` entries and `keyByteLimit` bytes of keys; a store that
    /// never starts again when `capacity` is the number of keys it will hold. `expected`
    /// entries fit in the first slots made, without doubling.
    @inlinable package init(capacity: Int = 50_000, keyByteLimit: Int = 8 << 20, expected: Int = 0) {
        self.capacity = capacity
        // A key's place and length are stored in 32 bits: the keys start again well before.
        self.keyByteLimit = min(keyByteLimit, 1 << 30)
        var slots = Self.initialSlots
        while slots < 2 * expected { slots *= 2 }
        firstSlots = slots
    }

    /// A store, not a cache, for about `expected` keys: it never starts again by count (only
    /// past ``keyByteLimit`` bytes of keys), and its first slots hold them all without doubling.
    @inlinable package static func store(expected: Int) -> ByteCache {
        ByteCache(capacity: .max, keyByteLimit: .max, expected: expected)
    }

    /// How many slots the first insert makes.
    @usableFromInline package let firstSlots: Int

    /// A power of two, at least twice the entries: probe sequences stay short. Allocated at
    /// the first insert, on the thread that uses the cache: a table is made for each part of a
    /// file read on two threads, before they start.
    @usableFromInline package var slots: [Slot] = []
    @usableFromInline package var values: [Value] = []
    @usableFromInline package var keys: [UInt8] = []

    /// The value cached for `bytes`.
    @inlinable package func value(for bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        value(for: bytes, hash: ByteScan.hash(bytes))
    }

    /// The value cached for `bytes`, whose ``ByteScan/hash(_:)`` is `hash`.
    @inlinable package func value(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        guard !slots.isEmpty else { return nil }
        let tag = Self.tag(hash)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var position = Int(tag) & mask
            while true {
                let slot = slots[position]
                if slot.index < 0 { return nil }
                if slot.tag == tag && Int(slot.count) == bytes.count && keyEquals(slot, bytes) {
                    return values[Int(slot.index)]
                }
                position = (position + 1) & mask
            }
        }
    }

    /// Starts loading the slot where a lookup of a key with this hash begins, without waiting
    /// for it: a lookup a little later finds it in the cache.
    @inlinable package func prefetch(hash: UInt64) {
        slots.withUnsafeBufferPointer { slots in
            guard !slots.isEmpty, let base = slots.baseAddress else { return }
            vouch_prefetch(base + (Int(Self.tag(hash)) & (slots.count - 1)))
        }
    }

    /// True when caching a key of `count` bytes starts the cache again: everything cached
    /// before is forgotten.
    @inlinable package func startsAgain(adding count: Int) -> Bool {
        values.count >= capacity || keys.count + count > keyByteLimit
    }

    /// Caches `value` for `bytes` (which must not be cached yet).
    @inlinable package mutating func insert(_ value: Value, for bytes: UnsafeBufferPointer<UInt8>) {
        if slots.isEmpty { slots = Array(repeating: .empty, count: firstSlots) }
        if startsAgain(adding: bytes.count) {
            slots.withUnsafeMutableBufferPointer { $0.update(repeating: .empty) }
            values.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
        } else if 2 * (values.count + 1) > slots.count {
            grow()
        }
        let hash = ByteScan.hash(bytes)
        place(
            Slot(
                tag: Self.tag(hash), count: UInt32(bytes.count), start: UInt32(keys.count),
                index: Int32(values.count)))
        values.append(value)
        keys.append(contentsOf: bytes)
    }

    /// A slot's tag for a key with this hash: the hash's upper half. Its low bits choose where
    /// the key is looked for first.
    @inlinable package static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// Puts `slot` in the first free place from where its tag points.
    @inlinable package mutating func place(_ slot: Slot) {
        let mask = slots.count - 1
        var position = Int(slot.tag) & mask
        while slots[position].index >= 0 { position = (position + 1) & mask }
        slots[position] = slot
    }

    /// Twice the slots, every entry placed again by its tag: the keys are not read.
    @inlinable package mutating func grow() {
        let old = slots
        slots = Array(repeating: .empty, count: 2 * old.count)
        for slot in old where slot.index >= 0 { place(slot) }
    }

    @inlinable package func keyEquals(_ slot: Slot, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            let start = Int(slot.start)
            return ByteScan.equal(UnsafeBufferPointer(rebasing: keys[start..<start + Int(slot.count)]), bytes)
        }
    }
}

extension ByteCache: Sendable where Value: Sendable {}
