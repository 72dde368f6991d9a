import Foundation
import VouchIdentity

/// Reads one free-text line of a request list: `Name`, `Name, Company`, `Name (Company)`,
/// `Name – Title at Company`, `Name - Company`, `Name — reason`, `Name at Company`,
/// `Name | Company | reason`, `Last, First`, a profile link or an e-mail, in any combination.
///
/// What follows a dash (hyphen, en dash, em dash or `--`, all alike) or a colon is decided
/// by its shape: `… at …` with a title before it is a title and company, a title alone a title,
/// a short proper noun a company, anything else (a clause) the requester's reason. A company
/// after the name is never taken as part of the name; credentials after a comma
/// (`Jane Doe, CFP`) are.
enum RequestLineParser {
    struct Parsed: Equatable {
        var name = ""
        var company: String?
        var title: String?
        var profileURL: String?
        var email: String?
        var reason: String?
        /// A link to a profile that cannot be resolved without the network (`lnkd.in`, `/pub/`).
        var unresolvableLink: String?
        /// `First Last`, when the line may be `Last, First`.
        var swappedName: String?
        /// The company the line gives besides `Last, First` (after a dash, in parentheses or in
        /// its own column), for the swapped reading.
        var swappedCompany: String?

        /// Takes `link` as the line's profile link.
        mutating func link(_ link: ProfileLink) {
            switch link {
            case .resolvable(let url): profileURL = url
            case .unresolvable(let url): unresolvableLink = url
            }
        }

        /// Why the line names nobody though it has text (a company page link, markup); nil
        /// otherwise.
        var namesNobody: String?

        /// True when the line names someone by link or e-mail, whatever its name part says.
        var hasAddress: Bool { profileURL != nil || email != nil || unresolvableLink != nil }
    }

    static func parse(_ line: String) -> Parsed {
        var parsed = Parsed()
        if TextShape.looksLikeMarkup(line) {
            parsed.namesNobody = "HTML or script markup, not a name"
            return parsed
        }
        // Profile links and e-mails anywhere on the line.
        var words: [String] = []
        for word in withoutDegree(line).split(separator: " ", omittingEmptySubsequences: true) {
            let cleaned = word.trimming { "<>()[],;\"'".unicodeScalars.contains($0) }
            if parsed.profileURL == nil, parsed.unresolvableLink == nil, cleaned.contains("/"),
                let link = ProfileLink(cleaned)
            {
                parsed.link(link)
            } else if parsed.email == nil, cleaned.contains("@"), isEmail(cleaned) {
                parsed.email = cleaned.replacingOccurrences(of: "mailto:", with: "")
            } else if cleaned.lowercased().contains("linkedin.com/") {
                parsed.namesNobody = "a link to a company, school or post page: it names nobody"
            } else {
                words.append(String(word))
            }
        }
        var text = words.joined(separator: " ").trimming { " ,;-–—:|<>".unicodeScalars.contains($0) }

        // `Name | Company | reason`, as signatures and pasted tables write it.
        if text.contains("|") {
            var cells = text.split(separator: "|").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
            text = cells.isEmpty ? "" : cells.removeFirst()
            if let company = cells.first {
                parsed.company = company
                cells.removeFirst()
            }
            if !cells.isEmpty { parsed.reason = cells.joined(separator: "; ") }
        }

        // What follows the first dash or colon.
        if let (left, right) = splitAtSeparator(text) {
            text = left
            readTail(right, into: &parsed)
        }
        // `Name (Company)` or `Name (reason)`.
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let inside = text[text.index(after: open)..<close].trimmingWhitespace()
            let rest = (text[..<open] + text[text.index(after: close)...]).trimmingWhitespace()
            let pronouns =
                inside.contains("/")
                && TextShape.words(inside.replacingOccurrences(of: "/", with: " "))
                    .allSatisfy {
                        ["she", "her", "he", "him", "they", "them", "hers", "his", "theirs"].contains(
                            TextShape.bare($0))
                    }
            if !inside.isEmpty && !PersonName.isCredentialList(inside) && !pronouns && !TextShape.isAside(inside) {
                if TextShape.isProperNoun(inside) || TextShape.isTitle(inside) {
                    if parsed.company == nil { parsed.company = inside }
                } else if parsed.reason == nil {
                    parsed.reason = inside
                }
            }
            text = rest
        }
        // `Name, Company[, more]` unless what follows the comma are credentials; `Last, First`.
        var parts = text.split(separator: ",", omittingEmptySubsequences: true).map { $0.trimmingWhitespace() }
        if parts.count > 1 {
            var nameParts = [parts.removeFirst()]
            while let next = parts.first, PersonName.isCredentialList(next) {
                nameParts.append(parts.removeFirst())
            }
            text = nameParts.joined(separator: ", ")
            if nameParts.count == 1, parts.count == 1, let given = parts.first, looksLikeLastFirst(text, given) {
                parsed.swappedName = given + " " + text
                parsed.swappedCompany = parsed.company
            }
            if let company = parts.first, parsed.company == nil {
                parsed.company = company
                parts.removeFirst()
            } else if parsed.swappedName != nil {
                parts.removeFirst()  // the given name, already in `swappedName`
            }
            if !parts.isEmpty && parsed.reason == nil { parsed.reason = parts.joined(separator: ", ") }
        }
        // `Name at Company`
        if parsed.company == nil, let at = text.firstRange(ofBytes: " at ") {
            parsed.company = String(text[at.upperBound...]).trimmingWhitespace()
            text = String(text[..<at.lowerBound])
        }
        parsed.name = text.trimmingWhitespace()
        return parsed
    }

    /// The line without the connection degree LinkedIn's copied lists add after a name
    /// (`Olivia Hall · 2nd`, `· 3rd+`, a trailing `1st`).
    static func withoutDegree(_ line: String) -> String {
        let words = line.trimmingWhitespace().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var kept: [String] = []
        for (index, word) in words.enumerated() {
            let afterDot = index > 0 && ["·", "•"].contains(words[index - 1])
            if ["·", "•"].contains(word) && (index + 1 == words.count || isDegree(words[index + 1])) { continue }
            if isDegree(word) && (afterDot || index + 1 == words.count) && index > 0 { continue }
            kept.append(word)
        }
        return kept.joined(separator: " ")
    }

    /// True for `1st`, `2nd`, `3rd`, `3rd+` and `·2nd`-style degree words.
    static func isDegree(_ word: String) -> Bool {
        let bare = word.lowercased().trimming { "·•()".unicodeScalars.contains($0) }
        return ["1st", "2nd", "3rd", "3rd+"].contains(bare)
    }

    /// Splits at the earliest dash (` - `, ` – `, ` — `, ` -- `, or an en or em dash without
    /// spaces) or `: `.
    static func splitAtSeparator(_ text: String) -> (String, String)? {
        guard text.unicodeScalars.contains(where: { $0 == "-" || $0 == "–" || $0 == "—" || $0 == ":" }) else {
            return nil
        }
        var best: Range<String.Index>?
        for separator in [" - ", " – ", " — ", " -- ", "—", "–", ": "] {
            if let range = text.range(of: separator), best.map({ range.lowerBound < $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let range = best else { return nil }
        let left = String(text[..<range.lowerBound]).trimmingWhitespace()
        let right = String(text[range.upperBound...]).trimmingWhitespace()
        guard !left.isEmpty else { return nil }
        return (left, right)
    }

    /// Reads what follows a dash: title at company, title, company, or a reason.
    static func readTail(_ tail: String, into parsed: inout Parsed) {
        guard !tail.isEmpty else { return }
        // `CFO at Fabrikam (we make café furniture)`: the aside in parentheses is the reason.
        if tail.hasSuffix(")"), let open = tail.firstIndex(of: "("), open != tail.startIndex {
            let before = tail[..<open].trimmingWhitespace()
            let inside = tail[tail.index(after: open)..<tail.index(before: tail.endIndex)].trimmingWhitespace()
            if !before.isEmpty {
                readTail(before, into: &parsed)
                if !inside.isEmpty && !TextShape.isAside(inside) {
                    parsed.reason = parsed.reason.map { $0 + "; " + inside } ?? inside
                }
                return
            }
        }
        if TextShape.isAside(tail) { return }
        // `Associate at Bluefin Capital - looking for an advisor`: the job, then what follows
        // another dash, when the part before that dash reads as a job on its own.
        if let (first, rest) = splitAtSeparator(tail) {
            var job = Parsed()
            readTail(first, into: &job)
            if job.reason == nil && (job.title != nil || job.company != nil) {
                parsed.title = parsed.title ?? job.title
                parsed.company = parsed.company ?? job.company
                readTail(rest, into: &parsed)
                return
            }
        }
        let trimmed = tail.hasSuffix(".") ? String(tail.dropLast()) : tail
        for marker in [" at ", " @ "] {
            if let at = trimmed.range(of: marker) {
                let title = trimmed[..<at.lowerBound].trimmingWhitespace()
                let company = trimmed[at.upperBound...].trimmingWhitespace()
                if TextShape.isTitle(title) && TextShape.isProperNoun(company, maxWords: 6) {
                    parsed.title = title
                    parsed.company = parsed.company ?? company
                    return
                }
            }
        }
        // `VP Sales, Acme Corp`
        if let comma = trimmed.firstIndex(of: ",") {
            let title = trimmed[..<comma].trimmingWhitespace()
            let company = trimmed[trimmed.index(after: comma)...].trimmingWhitespace()
            if TextShape.isTitle(title) && TextShape.isProperNoun(company, maxWords: 6) {
                parsed.title = title
                parsed.company = parsed.company ?? company
                return
            }
        }
        if TextShape.isTitle(trimmed) {
            parsed.title = trimmed
        } else if TextShape.isProperNoun(trimmed) {
            parsed.company = parsed.company ?? trimmed
        } else {
            parsed.reason = parsed.reason.map { $0 + "; " + tail } ?? tail
        }
    }

    /// True when `Okafor, Maya` may be a family name, then a given name: one word before the
    /// comma, a capitalised word or two after it, and neither a company.
    static func looksLikeLastFirst(_ family: String, _ given: String) -> Bool {
        let familyWords = TextShape.words(family)
        let givenWords = TextShape.words(given)
        guard familyWords.count <= 2, (1...2).contains(givenWords.count) else { return false }
        guard givenWords.allSatisfy(TextShape.isCapitalised), familyWords.allSatisfy(TextShape.isCapitalised) else {
            return false
        }
        return !CompanyName.tokens(given).isEmpty && CompanyName.tokens(given).count == PersonName.fold(given).count
            && !TextShape.isTitle(given)
    }

    static func isEmail(_ text: String) -> Bool {
        let value = text.hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
        guard let at = value.firstIndex(of: "@"), at != value.startIndex else { return false }
        let domain = value[value.index(after: at)...]
        return domain.contains(".") && !domain.contains("@") && !value.contains(" ")
    }
}

extension PersonName {
    /// True when the text is only credentials or suffixes (`CFP`, `MBA, CPA`, `Jr.`).
    static func isCredentialList(_ text: String) -> Bool {
        let tokens = fold(text)
        return !tokens.isEmpty
            && tokens.allSatisfy { suffixes.contains($0) || ["ma", "ms", "ba", "bs", "cp"].contains($0) }
    }
}
