import Foundation

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
        var bytes = Array(text.utf8)
        guard let slug = bytes.withUnsafeMutableBufferPointer({ ProfileKey.normalise(UnsafeBufferPointer($0)) }) else {
            return nil
        }
        self.slug = slug
    }

    /// Normalises URL bytes (UTF-8); nil when they do not name a public profile.
    public init?<Bytes: Collection>(bytes: Bytes) where Bytes.Element == UInt8 {
        let copy = Array(bytes)
        guard let slug = copy.withUnsafeBufferPointer({ ProfileKey.normalise($0) }) else { return nil }
        self.slug = slug
    }

    /// A key from an already-normalised slug.
    public init(slug: String) {
        self.slug = slug
    }

    /// The canonical public URL for this key.
    public var url: String {
        let path = slug.hasPrefix("pub/") ? slug : "in/" + slug
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

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == ASCII.space || byte == ASCII.tab || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    static func normalise(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        var end = input.count
        while start < end && isSpace(input[start]) { start += 1 }
        while end > start && isSpace(input[end - 1]) { end -= 1 }
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
            if input[index] == UInt8(ascii: ":") && input[index + 1] == UInt8(ascii: "/") && input[index + 2] == UInt8(ascii: "/") {
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
            guard slash < end else { return nil }
            let host = Array(input[start..<slash]).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            let suffix = Array("linkedin.com".utf8)
            guard host == suffix || (host.count > suffix.count && host.suffix(suffix.count + 1) == [UInt8(ascii: ".")] + suffix)
            else { return nil }
            start = slash
        }
        // Segments.
        var segments: [Range<Int>] = []
        var segmentStart = start
        for position in start...end {
            if position == end || input[position] == UInt8(ascii: "/") {
                if position > segmentStart { segments.append(segmentStart..<position) }
                segmentStart = position + 1
            }
        }
        guard segments.count >= 2 else { return nil }
        let kind = Array(input[segments[0]]).map { $0 | 0x20 }
        var raw: [UInt8]
        if kind == Array("in".utf8) {
            raw = Array(input[segments[1]])
        } else if kind == Array("pub".utf8) {
            raw = Array("pub".utf8)
            for segment in segments.dropFirst() { raw += [UInt8(ascii: "/")] + Array(input[segment]) }
        } else {
            return nil
        }
        // Percent-decoding and case folding; ASCII stays on the fast path.
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var ascii = true
        var position = 0
        while position < raw.count {
            var byte = raw[position]
            if byte == UInt8(ascii: "%"), position + 2 < raw.count, let high = hexValue(raw[position + 1]),
                let low = hexValue(raw[position + 2])
            {
                byte = high << 4 | low
                position += 3
            } else {
                position += 1
            }
            if byte >= 0x80 { ascii = false }
            decoded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        guard !decoded.isEmpty else { return nil }
        if ascii { return String(decoding: decoded, as: UTF8.self) }
        let text = TextDecoding.string(from: decoded)
        return text.precomposedStringWithCanonicalMapping.lowercased()
    }
}
