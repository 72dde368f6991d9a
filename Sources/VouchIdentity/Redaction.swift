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
/// (`\_`, `\&`, `&amp;`): a query tail such as `?lipi=urn%3Ali%3Apage%3Ad\_flagship3` goes with it.
public enum Redaction {
    /// What replaces an e-mail address.
    public static let emailMask = "[email]"
    /// What replaces a LinkedIn URL.
    public static let profileMask = "[profile]"
    /// What replaces a phone number.
    public static let phoneMask = "[phone]"

    /// The report with every e-mail address, phone number and LinkedIn URL masked.
    public static func apply(_ text: String) -> String {
        let present = Clues(text.utf8)
        var output = text
        for rule in rules where present.contains(rule.needs) {
            let found = matches(of: rule, in: output)
            guard !found.isEmpty else { continue }
            var masked = ""
            var last = output.startIndex
            for range in found {
                masked += output[last..<range.lowerBound]
                masked += rule.mask
                last = range.upperBound
            }
            masked += output[last...]
            output = masked
        }
        return output
    }

    /// The first `limit` characters of `text`, or fewer: the cut never falls inside an e-mail
    /// address, phone number or LinkedIn URL, so what is kept can still be masked whole (a
    /// number cut after `555-201-3` no longer looks like one, and would be shown in part). A
    /// token the cut would split is left out, or kept whole when the text starts with it.
    /// Every place a report shortens text from an input shortens it here.
    public static func prefix(of text: String, characters limit: Int) -> Substring {
        guard var cut = text.index(text.startIndex, offsetBy: max(0, limit), limitedBy: text.endIndex),
            cut < text.endIndex
        else { return text[...] }
        let present = Clues(text.utf8)
        let tokens = rules.filter { present.contains($0.needs) }.flatMap { matches(of: $0, in: text) }
        // Tokens of different rules may overlap: they are merged into spans, of which at most
        // one runs across the cut.
        var spans: [Range<String.Index>] = []
        for token in tokens.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = spans.last, token.lowerBound < last.upperBound {
                spans[spans.count - 1] = last.lowerBound..<max(last.upperBound, token.upperBound)
            } else {
                spans.append(token)
            }
        }
        if let split = spans.first(where: { $0.lowerBound < cut && cut < $0.upperBound }) {
            cut = split.lowerBound > text.startIndex ? split.lowerBound : split.upperBound
        }
        return text[..<cut]
    }

    /// Where `rule` finds something to mask in `text`, in order.
    private static func matches(of rule: Rule, in text: String) -> [Range<String.Index>] {
        let range = NSRange(text.startIndex..<text.endIndex, in: text)
        return rule.pattern.matches(in: text, options: [], range: range).compactMap { match in
            guard let found = Range(match.range, in: text) else { return nil }
            return rule.needs != .phone || isPhoneNumber(text[found]) ? found : nil
        }
    }

    /// One value of a structured report (a JSON string) with its contact details masked. Most
    /// values hold no clue any rule needs and are returned as they are.
    public static func apply(toValue value: String) -> String {
        Clues(value.utf8).isEmpty ? value : apply(value)
    }

    /// What a text must hold for a rule to have anything to find, found in one pass over its
    /// bytes, so the rules run only where they may match (a JSON report has hundreds of
    /// thousands of short strings, most of them dates and counts).
    private struct Clues: OptionSet {
        let rawValue: Int
        static let linkedIn = Clues(rawValue: 1)  // "linkedin" or "lnkd", any case
        static let path = Clues(rawValue: 2)  // a "/"
        static let email = Clues(rawValue: 4)  // "@" or "%40"
        static let phone = Clues(rawValue: 8)  // a run of seven digits or more that is not a date

        init(rawValue: Int) { self.rawValue = rawValue }

        init(_ bytes: String.UTF8View) {
            var found: Clues = []
            var digits = 0
            var groups: (Int, Int, Int, Int) = (0, 0, 0, 0)
            var groupCount = 0
            var group = 0
            var previous: (UInt8, UInt8, UInt8) = (0, 0, 0)
            func endRun() {
                if group > 0 { endGroup() }
                let date =
                    groupCount == 3
                    && ((groups.0, groups.1, groups.2) == (4, 2, 2) || (groups.0, groups.1, groups.2) == (2, 2, 4))
                if digits >= 7 && !date { found.insert(.phone) }
                digits = 0
                groupCount = 0
            }
            func endGroup() {
                switch groupCount {
                case 0: groups.0 = group
                case 1: groups.1 = group
                case 2: groups.2 = group
                default: groups.3 = group
                }
                groupCount += 1
                group = 0
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    group += 1
                    if byte == UInt8(ascii: "0"), previous.1 == UInt8(ascii: "%"), previous.2 == UInt8(ascii: "4") {
                        found.insert(.email)
                    }
                case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: ")"),
                    UInt8(ascii: "+"):
                    if group > 0 { endGroup() }
                case UInt8(ascii: "/"):
                    found.insert(.path)
                    if group > 0 { endGroup() }
                default:
                    endRun()
                    if byte == UInt8(ascii: "@") { found.insert(.email) }
                    let folded = byte | 0x20
                    // "lnkd" ends in d; "linkedin" holds "ked" before "in": look back from k, e, d.
                    if folded == UInt8(ascii: "d"),
                        previous == (UInt8(ascii: "l"), UInt8(ascii: "n"), UInt8(ascii: "k"))
                    {
                        found.insert(.linkedIn)
                    }
                    if folded == UInt8(ascii: "d"),
                        previous == (UInt8(ascii: "n"), UInt8(ascii: "k"), UInt8(ascii: "e"))
                    {
                        found.insert(.linkedIn)
                    }
                }
                previous = (previous.1, previous.2, byte | 0x20)
            }
            endRun()
            self = found
        }
    }

    private struct Rule: Sendable {
        let pattern: NSRegularExpression
        let mask: String
        /// The clue the text must hold for this rule to run.
        let needs: Clues
    }

    /// One character of a URL as it appears in any of the formats: a markdown escape of a
    /// character URLs hold, an escaped ampersand, a raw ampersand that starts no entity, or
    /// anything else but space, quotes, angle brackets, brackets, parentheses, pipes and
    /// backslashes, which end a URL in running text.
    private static let urlCharacter = #"(?:\\[_*~`\\&]|&amp;|&(?![a-z]+;|#[0-9]+;)|[^\s"'<>|()\[\]\\&])"#
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
        let specs: [(String, String, Clues)] = [
            (linkedIn, profileMask, .linkedIn), (savedPagePath, profileMask, .path), (email, emailMask, .email),
            (phone, phoneMask, .phone),
        ]
        return specs.compactMap { pattern, mask, needs in
            (try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])).map {
                Rule(pattern: $0, mask: mask, needs: needs)
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
