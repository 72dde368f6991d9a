import Foundation
import Testing

@testable import VouchIngest
@testable import VouchIO

/// The finished conversations are kept exactly: two ids are never taken for one, even when
/// their hashes are the same.
struct FinishedConversationsTests {
    static func insert(_ id: String, hash: UInt64, into set: inout FinishedConversations) -> Bool {
        Array(id.utf8).withUnsafeBufferPointer { set.insert($0, hash: hash) }
    }

    static func contains(_ id: String, hash: UInt64, in set: FinishedConversations) -> Bool {
        Array(id.utf8).withUnsafeBufferPointer { set.contains($0, hash: hash) }
    }

    @Test func idsWhoseHashesCollideAreToldApart() {
        var set = FinishedConversations()
        #expect(Self.insert("2-abc", hash: 42, into: &set))
        #expect(Self.insert("2-abd", hash: 42, into: &set))
        #expect(!Self.contains("2-abe", hash: 42, in: set))
        #expect(Self.contains("2-abd", hash: 42, in: set))
        #expect(!Self.insert("2-abc", hash: 42, into: &set))
        #expect(set.count == 2)
    }

    @Test func everyIdComesBackAsSeenAndNoOtherDoes() {
        var set = FinishedConversations()
        let ids = (0..<50_000).map { "c\($0)" }
        func hash(_ id: String) -> UInt64 { Array(id.utf8).withUnsafeBufferPointer { ByteScan.hash($0) } }
        for id in ids { #expect(Self.insert(id, hash: hash(id), into: &set)) }
        #expect(set.count == ids.count)
        for id in ids { #expect(!Self.insert(id, hash: hash(id), into: &set)) }
        let unseen = (50_000..<150_000).filter { Self.contains("c\($0)", hash: hash("c\($0)"), in: set) }
        #expect(unseen.isEmpty)
        var kept: [String] = []
        set.forEach { kept.append(String(decoding: $0, as: UTF8.self)) }
        #expect(kept == ids)
    }
}
