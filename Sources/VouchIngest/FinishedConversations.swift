import VouchIO

/// The ids of the conversations a streaming fold has finished, kept exactly: an id that
/// starts a second run of rows (a file not grouped by conversation) is found every time, and
/// an id that did not is never taken for one that did, whatever their hashes.
///
/// The ids' bytes sit one after another in one array, and an open-addressed table of 64-bit
/// slots finds them: 32 bits of the id's hash (the slot's position and a tag) and the id's
/// number. A lookup reads one slot, most often; the id's bytes are compared only when the
/// tags match, so two ids whose hashes collide are still told apart. An id costs its bytes
/// and 24 to 40 more (its end and two to four slots): about 7 MB for the 150,000
/// conversations of the benchmark's maximum export.
struct FinishedConversations {
    /// Every id's bytes, one after another.
    private var bytes: [UInt8] = []
    /// Where each id ends in `bytes`; it starts where the one before ends.
    private var ends: [Int] = []
    /// `tag << 32 | (number + 1)`; 0 is an empty slot. Never more than half full.
    private var slots: [UInt64] = []

    /// How many ids are kept.
    var count: Int { ends.count }

    /// Adds `id`, whose ``ByteScan/hash(_:)`` is `hash`; false (and nothing added) when it
    /// is already there.
    @discardableResult
    mutating func insert(_ id: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        if (count + 1) * 2 > slots.count { grow() }
        let tag = Self.tag(hash)
        var position = Int(tag) & (slots.count - 1)
        while slots[position] != 0 {
            if matches(slots[position], tag: tag, id) { return false }
            position = (position + 1) & (slots.count - 1)
        }
        bytes.append(contentsOf: id)
        ends.append(bytes.count)
        slots[position] = UInt64(tag) << 32 | UInt64(count)
        return true
    }

    /// True when `id` (whose hash is `hash`) is kept.
    func contains(_ id: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Bool {
        guard !slots.isEmpty else { return false }
        let tag = Self.tag(hash)
        var position = Int(tag) & (slots.count - 1)
        while slots[position] != 0 {
            if matches(slots[position], tag: tag, id) { return true }
            position = (position + 1) & (slots.count - 1)
        }
        return false
    }

    /// Starts loading the slot a lookup of `hash` reads first: a fold prefetches it when a
    /// conversation starts and looks the id up when it ends, so the load (a random place in
    /// a table of a few megabytes) happens while the conversation's rows are read.
    func prefetch(hash: UInt64) {
        slots.withUnsafeBufferPointer { slots in
            guard let base = slots.baseAddress, !slots.isEmpty else { return }
            MemoryHint.prefetch(base + (Int(Self.tag(hash)) & (slots.count - 1)))
        }
    }

    /// Calls `body` with every id kept, in the order they were added.
    func forEach(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try bytes.withUnsafeBufferPointer { all in
            var start = 0
            for end in ends {
                try body(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
    }

    /// The table's position and tag for a hash: its high half, which ``ByteScan/hash(_:)``
    /// mixes fully.
    private static func tag(_ hash: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: hash >> 32) }

    /// True when `slot` holds `id`: the tags first, then the bytes.
    private func matches(_ slot: UInt64, tag: UInt32, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        guard UInt32(truncatingIfNeeded: slot >> 32) == tag else { return false }
        let number = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
        let start = number == 0 ? 0 : ends[number - 1]
        return bytes.withUnsafeBufferPointer { all in
            ByteScan.equal(UnsafeBufferPointer(rebasing: all[start..<ends[number]]), id)
        }
    }

    /// Doubles the table (the first time, makes it), placing every id again by its tag.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: max(1 << 10, old.count * 2))
        for slot in old where slot != 0 {
            var position = Int(slot >> 32) & (slots.count - 1)
            while slots[position] != 0 { position = (position + 1) & (slots.count - 1) }
            slots[position] = slot
        }
    }
}
