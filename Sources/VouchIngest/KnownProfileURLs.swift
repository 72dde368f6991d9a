import VouchIO
import VouchIdentity

/// The connections' profile URLs in the spelling messages give them (raw Unicode, where
/// Connections percent-encodes), each with its profile key and its connection. Built once,
/// before messages are read, and shared by both halves of the file: a URL found here is
/// neither normalised nor looked up by key when a half first meets it. A URL spelled any
/// other way takes the general path, to the same participant.
struct KnownProfileURLs {
    struct Entry {
        let key: ProfileKey
        let connection: Int
    }

    private var table = ByteCache<Entry>(capacity: 0)

    init() {}

    /// Every connection that ``ConnectionDirectory/connection(forKey:)`` finds by its key,
    /// under its URL percent-decoded, when that spelling normalises to the same key. No two
    /// share a spelling: the same bytes normalise to the same key, which one connection owns.
    init(_ directory: ConnectionDirectory) {
        table = .store(expected: directory.connections.count)
        var decoded: [UInt8] = []
        for index in directory.connections.indices {
            guard let key = directory.ownKeys[index], var url = directory.connections[index].profileURL else {
                continue
            }
            url.withUTF8 { bytes in
                guard bytes.contains(UInt8(ascii: "%")) else {
                    table.insert(Entry(key: key, connection: index), for: bytes)
                    return
                }
                // Decoding can change what normalising sees (`%3F` becomes a query, `%2541` a
                // new escape): the decoded spelling is kept only when it gives the same key.
                // It does when every escape stood for a byte of a non-ASCII letter (which is
                // none of `?`, `#`, `/`, `%`, `:` or white space), and normalising decodes the
                // same escapes itself: only other spellings are normalised again to see.
                let onlyLetters = Self.percentDecode(bytes, into: &decoded)
                decoded.withUnsafeBufferPointer { decoded in
                    if onlyLetters || ProfileKey(bytes: decoded) == key {
                        table.insert(Entry(key: key, connection: index), for: decoded)
                    }
                }
            }
        }
    }

    /// The key and connection of a URL spelled exactly as `bytes`.
    func entry(for bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        table.value(for: bytes)
    }

    /// `bytes` with `%XX` escapes replaced by their bytes, into `decoded`; true when every
    /// escape stood for a byte of 0x80 or more (part of a non-ASCII character).
    private static func percentDecode(_ bytes: UnsafeBufferPointer<UInt8>, into decoded: inout [UInt8]) -> Bool {
        decoded.removeAll(keepingCapacity: true)
        var onlyHighBytes = true
        var index = 0
        while index < bytes.count {
            if let byte = ProfileKey.escape(in: bytes, at: index, end: bytes.count) {
                decoded.append(byte)
                if byte < 0x80 { onlyHighBytes = false }
                index += 3
            } else {
                decoded.append(bytes[index])
                index += 1
            }
        }
        return onlyHighBytes
    }
}
