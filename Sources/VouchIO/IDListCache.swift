import CMemoryHints

/// Lists of ids cached by raw bytes, stored back to back in one array rather than an array
/// each: a lookup neither allocates nor touches a reference count of its own, and the whole
/// cache is freed at once. Bounded like the ``ByteCache`` it keys them with.
@usableFromInline package struct IDListCache {
    @usableFromInline package var spans = ByteCache<Range<Int32>>()
    @usableFromInline package var ids: [Int32] = []

    @inlinable package init() {}

    /// The list cached for `bytes`, whose ``ByteScan/hash(_:)`` is `hash`.
    @inlinable package func list(for bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> ArraySlice<Int32>? {
        spans.value(for: bytes, hash: hash).map { ids[Int($0.lowerBound)..<Int($0.upperBound)] }
    }

    /// The list cached for `bytes`.
    @inlinable package func list(for bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<Int32>? {
        list(for: bytes, hash: ByteScan.hash(bytes))
    }

    /// See ``ByteCache/prefetch(hash:)``.
    @inlinable package func prefetch(hash: UInt64) {
        spans.prefetch(hash: hash)
    }

    /// Caches `list` for `bytes` (which must not be cached yet) and returns it as stored.
    @inlinable package mutating func insert(_ list: [Int32], for bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<Int32>
    {
        if spans.startsAgain(adding: bytes.count) { ids.removeAll(keepingCapacity: true) }
        let start = ids.count
        ids.append(contentsOf: list)
        spans.insert(Int32(start)..<Int32(ids.count), for: bytes)
        return ids[start...]
    }
}
