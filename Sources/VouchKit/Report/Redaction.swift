import Foundation

/// `--redact`: masks e-mail addresses and LinkedIn profile URLs in a finished report, so it
/// can be shared without the contact details of the people in it. Names stay: a report about
/// relationships is useless without them.
public enum Redaction {
    /// What replaces an e-mail address.
    public static let emailMask = "[email]"
    /// What replaces a profile URL.
    public static let profileMask = "[profile]"

    /// The report with every e-mail address and profile URL masked.
    public static func apply(_ text: String) -> String {
        var output = text
        for (pattern, mask) in patterns {
            let range = NSRange(output.startIndex..<output.endIndex, in: output)
            output = pattern.stringByReplacingMatches(in: output, options: [], range: range, withTemplate: mask)
        }
        return output
    }

    /// One value of a structured report (a JSON string) with its addresses and profile URLs
    /// masked. Most values hold neither an `@` nor a `/`, which both patterns need, and are
    /// returned as they are without running them.
    public static func apply(toValue value: String) -> String {
        value.utf8.contains { $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "/") } ? apply(value) : value
    }

    private static let patterns: [(NSRegularExpression, String)] = {
        let profile =
            #"(?:https?:\/\/)?(?:[A-Za-z0-9-]+\.)?linkedin\.com\/(?:in|pub|sales\/lead)\/[^\s"'|)<>\]\\]+|(?<![A-Za-z0-9])\/in\/[^\s"'|)<>\]\\]+"#
        let email = #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}"#
        return [(profile, profileMask), (email, emailMask)].compactMap { pattern, mask in
            (try? NSRegularExpression(pattern: pattern)).map { ($0, NSRegularExpression.escapedTemplate(for: mask)) }
        }
    }()
}
