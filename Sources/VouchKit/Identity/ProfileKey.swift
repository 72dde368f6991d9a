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
public struct ProfileKey: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The normalised slug (or `pub/…` path for legacy URLs).
    public let slug: String

    /// Normalises `url`; nil when it does not name a public profile.
    public init?(url text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        if let hashIndex = rest.firstIndex(of: "#") { rest = rest[..<hashIndex] }
        if let queryIndex = rest.firstIndex(of: "?") { rest = rest[..<queryIndex] }
        if let schemeRange = rest.range(of: "://") { rest = rest[schemeRange.upperBound...] }
        // Host: anything ending in linkedin.com, or nothing (relative paths).
        if !rest.hasPrefix("/") {
            guard let slash = rest.firstIndex(of: "/") else { return nil }
            let host = rest[..<slash].lowercased()
            guard host == "linkedin.com" || host.hasSuffix(".linkedin.com") else { return nil }
            rest = rest[slash...]
        }
        let segments = rest.split(separator: "/", omittingEmptySubsequences: true)
        guard segments.count >= 2 else { return nil }
        let kind = segments[0].lowercased()
        let raw: String
        switch kind {
        case "in":
            raw = String(segments[1])
        case "pub":
            raw = "pub/" + segments.dropFirst().joined(separator: "/")
        default:
            return nil
        }
        let decoded = raw.removingPercentEncoding ?? raw
        let key = decoded.precomposedStringWithCanonicalMapping.lowercased()
        guard !key.isEmpty else { return nil }
        self.slug = key
    }

    /// A key from an already-normalised slug.
    public init(slug: String) {
        self.slug = slug
    }

    /// The canonical public URL for this key.
    public var url: String {
        let path = slug.hasPrefix("pub/") ? slug : "in/" + slug
        let encoded = path.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? path
        return "https://www.linkedin.com/" + encoded + (slug.hasPrefix("pub/") ? "" : "")
    }

    public var description: String { slug }

    public static func < (lhs: ProfileKey, rhs: ProfileKey) -> Bool { lhs.slug < rhs.slug }

    private static let pathCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "?#")
        return set
    }()
}
