import VouchIO

/// Evidence from conversations by connection index: one record per connection, in one array
/// made at the first conversation (on the thread that folds), so a record is found without
/// hashing or a second lookup, the array never grows, and adding two tables or adding one to
/// the other files' evidence walks memory in order. Kept apart from the other files'
/// evidence, so that evidence is neither copied when messages start nor changed when a read
/// is thrown away, and added to it once, at the end.
struct MessageEvidence {
    private let connections: Int
    private var records: [MessageTotals] = []

    init(connections: Int) { self.connections = connections }

    /// Changes the record of connection `index`, empty the first time.
    mutating func update(_ index: Int, _ change: (inout MessageTotals) -> Void) {
        if index >= records.count {
            let count = max(connections, index + 1)
            records.append(contentsOf: repeatElement(MessageTotals(), count: count - records.count))
        }
        change(&records[index])
    }

    /// Starts loading the record of connection `index`, for an ``update(_:_:)`` a little
    /// later (see ``ByteCache/prefetch(hash:)``).
    func prefetch(_ index: Int) {
        records.withUnsafeBufferPointer { records in
            guard index < records.count, let base = records.baseAddress else { return }
            // A record (144 bytes) spans two or three cache lines; the first two hold the counts.
            MemoryHint.prefetch(base + index)
            MemoryHint.prefetch(UnsafeRawPointer(base + index) + 64)
        }
    }

    /// Adds another table of the same connections (the other part of the file).
    mutating func add(_ other: MessageEvidence) {
        other.forEach { index, theirs in update(index) { $0.add(theirs) } }
    }

    /// Calls `body` with each connection that conversations say something about, in index
    /// order, and what they say.
    func forEach(_ body: (Int, MessageTotals) -> Void) {
        for index in records.indices where !records[index].isEmpty { body(index, records[index]) }
    }
}
