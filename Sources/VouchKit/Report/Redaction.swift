import Foundation

/// `--redact`: masks e-mail addresses, phone numbers and LinkedIn URLs in a report, so it can
/// be shared without the contact details of the people in it. Names stay: a report about
/// relationships is useless without them.
///
/// Every LinkedIn URL is masked, not only `/in/` profiles: any subdomain (`www.`, `de.`,
/// `mwlite.`), any path (`/in/`, `/pub/`, `/mwlite/in/`, `/sales/lead/`), the `lnkd.in`
/// short links, with or without a scheme, percent-encoded (`https%3A%2F%2Fwww.linkedin.com…`)
/// or raw, with its query and fragment; and the bare `/in/…` paths of saved pages. Markdown and
/// HTML are masked as written, so a URL runs on through the escapes those formats put in it
/// (`\_`, `&amp;`): a query tail such as `?lipi=urn%3Ali%3Apage%3Ad\_flagship3` goes with it.
public enum Redaction {
    /// What replaces an e-mail address.
    public static let emailMask = "[email]"
    /// What replaces a LinkedIn URL.
    public static let profileMask = "[profile]"
    /// What replaces a phone number.
    public static let phoneMask = "[phone]"

    /// The report with every e-mail address, phone number and LinkedIn URL masked.
    public static func apply(_ text: String) -> String {
        var output = text
        for rule in rules {
            let range = NSRange(output.startIndex..<output.endIndex, in: output)
            let matches = rule.pattern.matches(in: output, options: [], range: range)
            guard !matches.isEmpty else { continue }
            var masked = ""
            var last = output.startIndex
            for match in matches {
                guard let found = Range(match.range, in: output) else { continue }
                masked += output[last..<found.lowerBound]
                masked += rule.accepts(output[found]) ? rule.mask : String(output[found])
                last = found.upperBound
            }
            masked += output[last...]
            output = masked
        }
        return output
    }

    /// One value of a structured report (a JSON string) with its contact details masked. Most
    /// values hold none of the characters every rule needs (`@`, `/`, `%`, or seven digits)
    /// and are returned as they are without running the rules.
    public static func apply(toValue value: String) -> String {
        var digits = 0
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "@"), UInt8(ascii: "/"), UInt8(ascii: "%"): return apply(value)
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            default: break
            }
        }
        return digits >= 7 ? apply(value) : value
    }

    private struct Rule: Sendable {
        let pattern: NSRegularExpression
        let mask: String
        /// Whether a match is really one (phone numbers: seven to fifteen digits, not a date).
        let accepts: @Sendable (Substring) -> Bool
    }

    /// One character of a URL as it appears in any of the formats: a markdown escape of a
    /// character URLs hold, an escaped ampersand, a raw ampersand that starts no entity, or
    /// anything else but space, quotes, angle brackets, brackets, parentheses, pipes and
    /// backslashes, which end a URL in running text.
    private static let urlCharacter = #"(?:\\[_*~`\\]|&amp;|&(?![a-z]+;|#[0-9]+;)|[^\s"'<>|()\[\]\\&])"#
    private static let slash = "(?:/|%2F)"

    private static let rules: [Rule] = {
        let host = #"(?:[a-z0-9-]+\.)*(?:linkedin\.com|lnkd\.in)(?::[0-9]+)?"#
        let scheme = "(?:(?:https?(?::|%3A))?\(slash)\(slash))?"
        let linkedIn =
            #"(?<![a-z0-9.@_%-])"# + scheme + host + "(?:\(slash)|[?#])\(urlCharacter)+"
        let savedPagePath =
            #"(?<![a-z0-9.%/_-])/(?:in|pub|mwlite/in|sales/lead|sales/people|talent/profile)/"# + "\(urlCharacter)+"
        let email = #"(?:\\[_*~+\-]|[a-z0-9._%+'\-])+(?:@|%40)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}"#
        // International (+ or 00), a bracketed area code, 3-3-4 groups, or a national number
        // starting with 0; the digits are counted afterwards.
        let phone =
            #"(?<![\w+/.%-])(?:tel:)?(?:(?:\+|00)[0-9]{1,3}(?:[ .\-]?(?:\([0-9]{1,5}\)|[0-9]{1,5})){1,6}"#
            + #"|\([0-9]{2,5}\)[ .\-]?[0-9]{2,5}(?:[ .\-]?[0-9]{2,5}){1,3}"#
            + #"|[0-9]{3}[ .\-][0-9]{3}[ .\-][0-9]{4}"#
            + #"|0[0-9]{1,4}[ .\-/]?[0-9]{3,8}(?:[ .\-][0-9]{2,5})?)(?![\w-])"#
        let always: @Sendable (Substring) -> Bool = { _ in true }
        let specs: [(String, String, @Sendable (Substring) -> Bool)] = [
            (linkedIn, profileMask, always), (savedPagePath, profileMask, always), (email, emailMask, always),
            (phone, phoneMask, isPhoneNumber),
        ]
        return specs.compactMap { pattern, mask, accepts in
            (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])).map {
                Rule(pattern: $0, mask: mask, accepts: accepts)
            }
        }
    }()

    /// Seven to fifteen digits (the international maximum), and not a date such as
    /// `2026-11-20` or `20.11.2026`.
    private static func isPhoneNumber(_ text: Substring) -> Bool {
        let digits = text.utf8.filter { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        guard (7...15).contains(digits) else { return false }
        let groups = text.split(whereSeparator: { !$0.isNumber }).map(\.count)
        let looksLikeDate = groups == [4, 2, 2] || groups == [2, 2, 4]
        return !looksLikeDate
    }
}
