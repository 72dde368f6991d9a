import Foundation
import VouchIO

/// The join key for a LinkedIn profile: the public slug, normalised.
///
/// One person's URL is spelled many ways across an export (percent-encoded in Connections,
/// raw Unicode in messages, without a scheme in Endorsements, relative in saved pages). All of
/// them reduce to the same key: scheme and any `*.linkedin.com` host dropped, the segment
/// after `/in/`, query, fragment and trailing slash dropped, percent-decoded, Unicode NFC,
/// lower-cased. Legacy `/pub/first-last/…` URLs keep their whole path so they still join with
/// themselves. Sales Navigator lead links and bare `/in` URLs are not public profiles and
/// give no key.
///
/// The work is done on bytes; only slugs with non-ASCII letters go through Unicode
/// normalisation, so normalising a million message URLs stays cheap.
public struct ProfileKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The normalised slug (or `pub/…` path for legacy URLs).
    public let slug: String

    /// Normalises `url`; nil when it does not name a public profile.
    public init?(url text: String) {
        self.init(bytes: text.utf8)
    }

    /// Normalises URL bytes (UTF-8); nil when they do not name a public profile.
    public init?<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        guard let slug = bytes.withByteBuffer(ProfileKey.normalise) else { return nil }
        self.slug = slug
    }

    /// A key from a bare slug (`ana-sousa-1b2c3d`), lower-cased and composed as
    /// ``normalise(_:)`` leaves the slugs of URLs, so that it equals theirs.
    public init(slug: String) {
        let bytes = slug.utf8.map(ASCII.lowercased)
        self.slug = bytes.withUnsafeBufferPointer { ProfileKey.folded($0, ascii: bytes.allSatisfy { $0 < 0x80 }) }
    }

    // Equal and hashed by the slug's UTF-8 bytes. Slugs are NFC, so equal bytes are exactly
    // equal strings; String's own comparison and hash would normalise every non-ASCII slug
    // again on each lookup (nearly half the slugs of an export with many non-English names).

    public static func == (lhs: ProfileKey, rhs: ProfileKey) -> Bool {
        lhs.slug.utf8.count == rhs.slug.utf8.count
            && lhs.withSlugBytes { left in rhs.withSlugBytes { right in ByteScan.equal(left, right) } }
    }

    public func hash(into hasher: inout Hasher) {
        withSlugBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// Calls `body` with the slug's UTF-8 bytes, in place: a copy of the string to call
    /// `withUTF8` on changed its reference count twice on every comparison of a lookup.
    @inlinable package func withSlugBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = slug.utf8.withContiguousStorageIfAvailable(body) { return result }
        var slug = slug
        return slug.withUTF8(body)
    }

    /// The canonical public URL for this key.
    public var url: String {
        // Compared on UTF-8: as Characters, a combining mark after the slash hides the prefix.
        let path = slug.utf8.starts(with: "pub/".utf8) ? slug : "in/" + slug
        let encoded = path.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? path
        return "https://www.linkedin.com/" + encoded
    }

    public var description: String { slug }

    public static func < (lhs: ProfileKey, rhs: ProfileKey) -> Bool { lhs.slug < rhs.slug }

    private static let pathCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "?#")
        return set
    }()

    /// The byte a `%XX` escape at `index` stands for, when one lies wholly before `end`.
    package static func escape(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> UInt8? {
        func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x41 + 10
            case 0x61...0x66: return byte - 0x61 + 10
            default: return nil
            }
        }
        guard bytes[index] == UInt8(ascii: "%"), index + 2 < end, let high = hexValue(bytes[index + 1]),
            let low = hexValue(bytes[index + 2])
        else { return nil }
        return high << 4 | low
    }

    static func normalise(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        var end = input.count
        while start < end && ASCII.isWhiteSpace(input[start]) { start += 1 }
        while end > start && ASCII.isWhiteSpace(input[end - 1]) { end -= 1 }
        // Query and fragment.
        var index = start
        while index < end {
            if input[index] == UInt8(ascii: "?") || input[index] == UInt8(ascii: "#") {
                end = index
                break
            }
            index += 1
        }
        // Scheme.
        index = start
        while index + 2 < end {
            if input[index] == UInt8(ascii: ":") && input[index + 1] == UInt8(ascii: "/")
                && input[index + 2] == UInt8(ascii: "/")
            {
                start = index + 3
                break
            }
            if input[index] == UInt8(ascii: "/") { break }
            index += 1
        }
        // Host: anything ending in linkedin.com, or nothing (relative paths).
        if start < end && input[start] != UInt8(ascii: "/") {
            var slash = start
            while slash < end && input[slash] != UInt8(ascii: "/") { slash += 1 }
            guard slash < end, isLinkedInHost(input, start..<slash) else { return nil }
            start = slash
        }
        // The first two path segments.
        func segment(from position: Int) -> Range<Int>? {
            var first = position
            while first < end && input[first] == UInt8(ascii: "/") { first += 1 }
            guard first < end else { return nil }
            var last = first
            while last < end && input[last] != UInt8(ascii: "/") { last += 1 }
            return first..<last
        }
        guard let kind = segment(from: start), let second = segment(from: kind.upperBound) else { return nil }
        let isIn =
            kind.count == 2 && input[kind.lowerBound] | 0x20 == UInt8(ascii: "i")
            && input[kind.lowerBound + 1] | 0x20 == UInt8(ascii: "n")
        let isPub =
            kind.count == 3 && input[kind.lowerBound] | 0x20 == UInt8(ascii: "p")
            && input[kind.lowerBound + 1] | 0x20 == UInt8(ascii: "u")
            && input[kind.lowerBound + 2] | 0x20 == UInt8(ascii: "b")
        var rawRange: Range<Int>
        var prefix: [UInt8] = []
        if isIn {
            rawRange = second
        } else if isPub {
            prefix = Array("pub/".utf8)
            rawRange = second.lowerBound..<end
            while rawRange.upperBound > rawRange.lowerBound && input[rawRange.upperBound - 1] == UInt8(ascii: "/") {
                rawRange = rawRange.lowerBound..<(rawRange.upperBound - 1)
            }
        } else {
            return nil
        }
        // Percent-decoding and case folding, into a buffer on the stack (decoding only
        // shortens); ASCII stays on the fast path.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: prefix.count + rawRange.count) { buffer in
            var count = 0
            for byte in prefix {
                buffer[count] = byte
                count += 1
            }
            var ascii = true
            var position = rawRange.lowerBound
            while position < rawRange.upperBound {
                var byte = input[position]
                if let escaped = escape(in: input, at: position, end: rawRange.upperBound) {
                    byte = escaped
                    position += 3
                } else {
                    position += 1
                }
                if byte >= 0x80 { ascii = false }
                buffer[count] = ASCII.lowercased(byte)
                count += 1
            }
            guard count > prefix.count else { return nil }
            return folded(UnsafeBufferPointer(rebasing: buffer[..<count]), ascii: ascii)
        }
    }

    /// A decoded slug whose ASCII letters are lower-cased already, as a key's slug: the rest
    /// lower-cased and composed too.
    private static func folded(_ decoded: UnsafeBufferPointer<UInt8>, ascii: Bool) -> String {
        if ascii { return String(decoding: decoded, as: UTF8.self) }
        // Accented Latin letters (most non-ASCII slugs) are lower-cased on the bytes; no
        // scalar among them combines, so they need no normalising either.
        return LatinCase.lowercased(utf8: decoded) ?? unicodeSlug(decoded)
    }

    /// A decoded slug with non-ASCII bytes beyond the Latin table: repaired if not UTF-8,
    /// lower-cased, composed. Composed last and always, so that every slug is exactly NFC
    /// (decomposed Hangul, for one, has no combining marks to give it away) and two keys are
    /// equal exactly when their bytes are.
    private static func unicodeSlug(_ decoded: UnsafeBufferPointer<UInt8>) -> String {
        LatinCase.lowercased(TextDecoding.string(from: decoded)).precomposedStringWithCanonicalMapping
    }

    private static func isLinkedInHost(_ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let suffix: StaticString = "linkedin.com"
        let length = suffix.utf8CodeUnitCount
        guard range.count >= length else { return false }
        let offset = range.upperBound - length
        for position in 0..<length where input[offset + position] | 0x20 != suffix.utf8Start[position] {
            return false
        }
        return range.count == length || input[offset - 1] == UInt8(ascii: ".")
    }
}
