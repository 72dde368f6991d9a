import VouchIO

/// Lists of connection indexes under a key of one or two strings (two joined by `|`), found by
/// the key's bytes: the name index's maps. Hashing the bytes (``ByteScan/hash(_:)``) costs a
/// fraction of hashing a `String` key (SipHash, after checking it is normalised), which was
/// most of building the index; the key is put together in a buffer kept for the purpose,
/// not in a new string.
struct IndexLists: Sendable {
    /// Where each key's list is in ``lists``.
    private var table: ByteCache<Int32>
    private var lists: [[Int]] = []
    private var scratch: [UInt8] = []

    /// Room for `expected` keys without growing.
    init(expected: Int = 0) {
        table = .store(expected: expected)
    }

    /// Adds `index` to the list under `first` (and `second`), in the order added.
    mutating func append(_ index: Int, under first: String, _ second: String? = nil) {
        var key = scratch
        scratch = []
        defer { scratch = key }
        Self.join(first, second, into: &key)
        key.withUnsafeBufferPointer { key in
            if let list = table.value(for: key) {
                lists[Int(list)].append(index)
            } else {
                table.insert(Int32(lists.count), for: key)
                lists.append([index])
            }
        }
    }

    /// The list under `first` (and `second`); empty when there is none.
    func list(under first: String, _ second: String? = nil) -> [Int] {
        var key: [UInt8] = []
        Self.join(first, second, into: &key)
        return key.withUnsafeBufferPointer { table.value(for: $0) }.map { lists[Int($0)] } ?? []
    }

    private static func join(_ first: String, _ second: String?, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        key.append(contentsOf: first.utf8)
        if let second {
            key.append(UInt8(ascii: "|"))
            key.append(contentsOf: second.utf8)
        }
    }
}
