import Foundation

/// Reads one free-text line of a request list: `Name`, `Name, Company`, `Name (Company)`,
/// `Name - Title at Company`, `Name — reason`, `Name at Company`, a bare profile URL or an
/// e-mail, in any combination.
///
/// A company after the name is never taken as part of the name; credentials after a comma
/// (`Jane Doe, CFP`) are.
enum RequestLineParser {
    struct Parsed: Equatable {
        var name = ""
        var company: String?
        var title: String?
        var profileURL: String?
        var email: String?
        var reason: String?
    }

    static func parse(_ line: String) -> Parsed {
        var parsed = Parsed()
        var text = line.trimmingWhitespace()
        // Profile URLs and e-mails anywhere on the line.
        var words: [String] = []
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let cleaned = word.trimming { "<>()[],;".unicodeScalars.contains($0) }
            if parsed.profileURL == nil,
                cleaned.firstRange(ofBytes: "linkedin.com/") != nil || cleaned.hasPrefix("/in/"),
                ProfileKey(url: cleaned) != nil
            {
                parsed.profileURL = cleaned
            } else if parsed.email == nil, isEmail(cleaned) {
                parsed.email = cleaned.replacingOccurrences(of: "mailto:", with: "")
            } else {
                words.append(String(word))
            }
        }
        text = words.joined(separator: " ").trimming { " ,;-–—:|<>".unicodeScalars.contains($0) }

        // A reason after a dash or colon.
        let separators: [StaticString] = [" — ", " – ", " -- ", "—", ": "]
        for separator in separators {
            if let range = text.firstRange(ofBytes: separator) {
                let reason = text[range.upperBound...].trimmingWhitespace()
                if !reason.isEmpty { parsed.reason = reason }
                text = String(text[..<range.lowerBound]).trimmingWhitespace()
                break
            }
        }
        if let range = text.firstRange(ofBytes: " - ") {
            let right = text[range.upperBound...].trimmingWhitespace()
            text = String(text[..<range.lowerBound]).trimmingWhitespace()
            if let at = right.firstRange(ofBytes: " at ") {
                parsed.title = String(right[..<at.lowerBound]).trimmingWhitespace()
                parsed.company = String(right[at.upperBound...]).trimmingWhitespace()
            } else if right.split(separator: " ").count > 4 {
                parsed.reason = parsed.reason ?? right
            } else {
                parsed.company = right
            }
        }
        // `Name (Company)`
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            let inside = text[text.index(after: open)..<close].trimmingWhitespace()
            let rest = (text[..<open] + text[text.index(after: close)...]).trimmingWhitespace()
            if !inside.isEmpty && !PersonName.isCredentialList(inside) && parsed.company == nil {
                parsed.company = inside
            }
            text = rest
        }
        // `Name, Company[, more]` unless what follows the comma are credentials.
        var parts = text.split(separator: ",", omittingEmptySubsequences: true).map {
            $0.trimmingWhitespace()
        }
        if parts.count > 1 {
            var nameParts = [parts.removeFirst()]
            while let next = parts.first, PersonName.isCredentialList(next) {
                nameParts.append(parts.removeFirst())
            }
            text = nameParts.joined(separator: ", ")
            if let company = parts.first, parsed.company == nil {
                parsed.company = company
                parts.removeFirst()
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
