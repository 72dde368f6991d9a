import Foundation
import VouchIdentity

/// A link to a LinkedIn profile as a requester writes it.
enum ProfileLink: Equatable {
    /// A link naming a public `/in/` profile, rewritten to the `/in/` form (`mwlite` dropped).
    case resolvable(String)
    /// A person's link only LinkedIn's servers can resolve: a `lnkd.in` short link, a legacy
    /// `/pub/` profile, a `profile/view?id=` link or a Sales Navigator lead.
    case unresolvable(String)

    /// Reads `word`; nil when it is not a LinkedIn link.
    init?(_ word: String) {
        let lower = word.lowercased()
        if lower.contains("lnkd.in/") {
            self = .unresolvable(word)
            return
        }
        guard lower.contains("linkedin.com/") || lower.hasPrefix("/in/") else { return nil }
        var url = word
        if let mobile = url.range(of: "/mwlite/", options: .caseInsensitive) {
            url.replaceSubrange(mobile, with: "/")
        }
        if let key = ProfileKey(url: url), !key.slug.hasPrefix("pub/") {
            self = Self.isMemberURN(key.slug) ? .unresolvable(word) : .resolvable(url)
        } else if ["/pub/", "/profile/view", "/sales/lead/", "/sales/people/"].contains(where: lower.contains) {
            self = .unresolvable(word)
        } else {
            return nil  // a company, school or post page names no person
        }
    }

    /// True when an `/in/` slug is a member id (`ACoAAAbcdEFG`), which LinkedIn writes in
    /// shared and app links in place of the public name: only its servers can resolve it.
    static func isMemberURN(_ slug: String) -> Bool {
        let lower = slug.lowercased()
        return (lower.hasPrefix("acoaa") || lower.hasPrefix("acwaa")) && lower.utf8.count >= 10
            && lower.unicodeScalars.allSatisfy {
                ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_"
            }
    }
}
