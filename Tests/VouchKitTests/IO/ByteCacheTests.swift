import Testing

@testable import VouchIO

/// The byte caches behind every per-row lookup in messages: a hit must be the value cached
/// for exactly those bytes, and starting again must forget everything.
struct ByteCacheTests {
    func lookup<Value>(_ cache: ByteCache<Value>, _ key: String) -> Value? {
        Array(key.utf8).withUnsafeBufferPointer { cache.value(for: $0) }
    }

    func insert<Value>(_ cache: inout ByteCache<Value>, _ value: Value, _ key: String) {
        Array(key.utf8).withUnsafeBufferPointer { cache.insert(value, for: $0) }
    }

    @Test func findsEachKeyAndNothingElse() {
        var cache = ByteCache<Int>(capacity: 5_000)
        // Keys of one length that differ in one byte, prefixes of each other, and the empty key.
        let keys = (0..<4_000).map { "https://www.linkedin.com/in/person-\($0)" } + ["", "h", "ht"]
        for (value, key) in keys.enumerated() { insert(&cache, value, key) }
        for (value, key) in keys.enumerated() { #expect(lookup(cache, key) == value) }
        #expect(lookup(cache, "https://www.linkedin.com/in/person-4000") == nil)
        #expect(lookup(cache, "https://www.linkedin.com/in/person-") == nil)
        #expect(lookup(cache, "htt") == nil)
    }

    @Test func startsAgainPastItsCapacityOrItsKeyBytes() {
        var cache = ByteCache<Int>(capacity: 100, keyByteLimit: 1_000)
        for value in 0..<100 { insert(&cache, value, "key-\(value)") }
        #expect(cache.startsAgain(adding: 1))
        insert(&cache, 100, "key-100")
        #expect(lookup(cache, "key-0") == nil)
        #expect(lookup(cache, "key-100") == 100)

        var small = ByteCache<Int>(capacity: 100, keyByteLimit: 20)
        insert(&small, 1, "0123456789")
        insert(&small, 2, "abcdefghij")
        #expect(small.startsAgain(adding: 1))
        insert(&small, 3, "k")
        #expect(lookup(small, "0123456789") == nil)
        #expect(lookup(small, "k") == 3)
    }

    @Test func idListsComeBackAsStored() {
        var lists = IDListCache()
        let first = Array("a,b".utf8).withUnsafeBufferPointer { lists.insert([3, 1, 2], for: $0) }
        _ = Array("c".utf8).withUnsafeBufferPointer { lists.insert([], for: $0) }
        #expect(Array(first) == [3, 1, 2])
        #expect(Array("a,b".utf8).withUnsafeBufferPointer { lists.list(for: $0) }.map(Array.init) == [3, 1, 2])
        #expect(Array("c".utf8).withUnsafeBufferPointer { lists.list(for: $0) }.map(Array.init) == [])
        #expect(Array("d".utf8).withUnsafeBufferPointer { lists.list(for: $0) } == nil)
    }
}
