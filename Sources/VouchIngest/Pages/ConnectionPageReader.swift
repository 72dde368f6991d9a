import VouchDates
import VouchIO
import VouchIdentity

/// Reads saved "My Network > Connections" pages in every markup LinkedIn has used, Sales
/// Navigator lists, and text pasted from the page, into clean names and headlines.
public enum ConnectionPageReader {
    /// The largest page read. A connections page at LinkedIn's maximum of 30,000 connections
    /// is about 22 MB; libxml2's tree takes about 13 times a page's size in memory.
    public static let maxPageBytes = 32 << 20

    /// Parses page bytes; `asOf` anchors relative dates ("Connected 5 months ago").
    public static func parse(bytes: [UInt8], source: String, asOf: CalendarDay?) throws -> ConnectionPage {
        guard bytes.count <= maxPageBytes else {
            throw InputError.invalid(
                path: source, line: nil,
                reason:
                    "this page is \(bytes.count >> 20) MB, larger than any LinkedIn connections page (30,000 connections is about 22 MB); vouch reads pages up to \(maxPageBytes >> 20) MB. Save the page again, or use LinkedIn's data export"
            )
        }
        let text = TextDecoding.string(from: bytes.prefix(1 << 16))
        if !text.contains("<") || (text.contains("Member’s name") && !text.lowercased().contains("<html")) {
            return ConnectionPage(
                style: "pasted-text", people: pastedText(TextDecoding.string(from: bytes), asOf: asOf))
        }
        guard let document = HTMLDocument(bytes: bytes), let root = document.root else {
            throw InputError.invalid(path: source, line: nil, reason: "the HTML page has no content vouch can read")
        }
        let classic = classicCards(root, asOf: asOf)
        if !classic.isEmpty { return ConnectionPage(style: "classic", people: classic) }
        let sales = salesNavigator(root)
        if !sales.isEmpty { return ConnectionPage(style: "sales-navigator", people: sales) }
        return ConnectionPage(style: "current", people: currentCards(root, asOf: asOf))
    }

    /// Classic markup: `li > div.mn-connection-card` with link, name, occupation and a time badge.
    static func classicCards(_ root: HTMLNode, asOf: CalendarDay?) -> [PageConnection] {
        var cards: [HTMLNode] = []
        root.walk { node in
            if node.isElement, node.hasClass("mn-connection-card") { cards.append(node) }
            return true  // unclosed tags nest one card inside another: find them all
        }
        var people: [PageConnection] = []
        for node in cards {
            var name = ""
            var headline = ""
            var href: String?
            var when = ""
            node.walk { inner in
                guard inner.isElement else { return true }
                if inner != node && inner.hasClass("mn-connection-card") { return false }
                if inner.hasClass("mn-connection-card__name") { name = inner.text }
                if inner.hasClass("mn-connection-card__occupation") { headline = inner.text }
                if inner.hasClass("mn-connection-card__link"), href == nil { href = inner.attribute("href") }
                if inner.name == "time" || inner.hasClass("time-badge") { when = inner.text }
                return true
            }
            let date = connectedDate(when, asOf: asOf)
            if !name.isEmpty {
                people.append(
                    PageConnection(
                        name: name, headline: headline,
                        profileURL: href.flatMap { ProfileKey(url: $0) == nil ? nil : $0 },
                        company: "", connectedOn: date?.day, connectedOnIsApproximate: date?.approximate ?? false,
                        line: node.line))
            }
        }
        return people
    }

    /// Sales Navigator: `data-anonymize` marks name, headline and company; lead links are not
    /// public profiles, so people are matched by name and company.
    static func salesNavigator(_ root: HTMLNode) -> [PageConnection] {
        var people: [PageConnection] = []
        root.walk { node in
            guard node.isElement, node.attribute("data-anonymize") == "person-name" else { return true }
            // The person's card: the widest ancestor that holds no other person's name.
            var card = node
            var climb = node.parent
            var depth = 0
            while let up = climb, depth < 12, up.count(anonymized: "person-name") <= 1 {
                card = up
                climb = up.parent
                depth += 1
            }
            var headline = ""
            var company = ""
            card.walk { inner in
                guard inner.isElement else { return true }
                switch inner.attribute("data-anonymize") {
                case "headline": if headline.isEmpty { headline = inner.text }
                case "company-name": if company.isEmpty { company = inner.text }
                default: break
                }
                return true
            }
            let name = node.text
            if !name.isEmpty {
                people.append(
                    PageConnection(
                        name: name, headline: headline, profileURL: nil, company: company, connectedOn: nil,
                        connectedOnIsApproximate: false, line: node.line))
            }
            return false
        }
        return people
    }

    /// Current (hashed class names) markup: the stable parts are a link to `/in/`, its text or
    /// a nearby element for the name, and a `<p>` starting with "Connected on".
    static func currentCards(_ root: HTMLNode, asOf: CalendarDay?) -> [PageConnection] {
        var links: [(node: HTMLNode, key: ProfileKey, href: String)] = []
        root.walk { node in
            if node.isElement, node.name == "a", let href = node.attribute("href"), let key = ProfileKey(url: href) {
                links.append((node, key, href))
                return false
            }
            return true
        }
        var order: [ProfileKey] = []
        var byKey: [ProfileKey: [(node: HTMLNode, href: String)]] = [:]
        for link in links {
            if byKey[link.key] == nil { order.append(link.key) }
            byKey[link.key, default: []].append((link.node, link.href))
        }
        var people: [PageConnection] = []
        for key in order {
            guard let group = byKey[key], let first = group.first else { continue }
            // The card: climb while the ancestor holds no other person's link.
            var card = first.node
            var climb = first.node.parent
            var depth = 0
            while let up = climb, depth < 10, !up.containsProfileLink(otherThan: key) {
                card = up
                climb = up.parent
                depth += 1
            }
            var texts: [String] = []
            card.walk { inner in
                guard inner.isElement else { return true }
                if ["p", "span", "div", "h3", "h4", "a"].contains(inner.name), inner.hasOnlyInlineChildren {
                    let value = inner.text
                    if !value.isEmpty && !texts.contains(value) { texts.append(value) }
                    return false
                }
                return true
            }
            let connected = texts.first { $0.lowercased().hasPrefix("connected") }
            let name =
                group.map { $0.node.text }.first { !$0.isEmpty && !$0.lowercased().hasPrefix("message") }
                ?? texts.first { !$0.lowercased().hasPrefix("connected") } ?? ""
            let cleanName = cleanLabel(name)
            let headline =
                texts.first { text in
                    let value = cleanLabel(text)
                    return !value.isEmpty && value != cleanName && !value.lowercased().hasPrefix("connected")
                        && !value.contains(cleanName) && value.lowercased() != "message"
                }.map(cleanLabel) ?? ""
            let date = connected.flatMap { connectedDate($0, asOf: asOf) }
            if !cleanName.isEmpty {
                people.append(
                    PageConnection(
                        name: cleanName, headline: headline, profileURL: first.href, company: "",
                        connectedOn: date?.day,
                        connectedOnIsApproximate: date?.approximate ?? false, line: first.node.line))
            }
        }
        return people
    }

    /// Text pasted from the page: blocks of `Name` / `Member’s name` / `Name` /
    /// `Member’s occupation` / headline / `Connected 5 months ago`.
    static func pastedText(_ text: String, asOf: CalendarDay?) -> [PageConnection] {
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        )
        .map { HTMLNode.collapse(String($0)) }
        var people: [PageConnection] = []
        var index = 0
        while index < lines.count {
            let label = lines[index].lowercased()
            guard label == "member’s name" || label == "member's name" else {
                index += 1
                continue
            }
            let line = index + 1
            var name = index + 1 < lines.count ? lines[index + 1] : ""
            if name.isEmpty, index > 0 { name = lines[index - 1] }
            var headline = ""
            var date: (day: CalendarDay, approximate: Bool)?
            var cursor = index + 1
            while cursor < lines.count && cursor < index + 8 {
                let value = lines[cursor].lowercased()
                if value == "member’s occupation" || value == "member's occupation" {
                    headline = cursor + 1 < lines.count ? lines[cursor + 1] : ""
                } else if value.hasPrefix("connected") {
                    date = connectedDate(lines[cursor], asOf: asOf)
                    break
                } else if (value == "member’s name" || value == "member's name") && cursor > index {
                    break
                }
                cursor += 1
            }
            if !name.isEmpty {
                people.append(
                    PageConnection(
                        name: name, headline: headline, profileURL: nil, company: "", connectedOn: date?.day,
                        connectedOnIsApproximate: date?.approximate ?? false, line: line))
            }
            index = max(cursor, index + 1)
        }
        return people
    }

    /// "Connected on December 4, 2025" (exact) or "Connected 5 months ago" (approximate,
    /// counted back from `asOf`).
    static func connectedDate(_ text: String, asOf: CalendarDay?) -> (day: CalendarDay, approximate: Bool)? {
        var value = HTMLNode.collapse(text).lowercased()
        for prefix in ["connected on", "connected"] where value.hasPrefix(prefix) {
            value = String(value.dropFirst(prefix.count)).trimmingWhitespace()
            break
        }
        if let exact = DateParser.parse(value) { return (exact.day, false) }
        guard let asOf else { return nil }
        let words = value.split(separator: " ")
        guard words.count >= 2 else { return nil }
        let amount = Int(words[0]) ?? (["a", "an", "one"].contains(String(words[0])) ? 1 : nil)
        guard let amount else { return nil }
        let unit = words[1].hasSuffix("s") ? String(words[1].dropLast()) : String(words[1])
        let days: Int
        switch unit {
        case "minute", "hour": days = 0
        case "day": days = amount
        case "week": days = amount * 7
        case "month": days = amount * 30
        case "year": days = amount * 365
        default: return nil
        }
        return (asOf.adding(days: -days), true)
    }

    /// Drops the screen-reader labels LinkedIn puts around names ("View Ana’s profile",
    /// "Member’s name").
    static func cleanLabel(_ text: String) -> String {
        var value = text
        for label in ["Member’s name", "Member's name", "Member’s occupation", "Member's occupation"] {
            value = value.replacingOccurrences(of: label, with: " ")
        }
        // "View Li Wei’s profile" repeats the name for screen readers.
        for apostrophe in ["’", "'"] {
            while let start = value.range(of: "View "),
                let end = value.range(of: apostrophe + "s profile", range: start.upperBound..<value.endIndex)
            {
                let inner = HTMLNode.collapse(String(value[start.upperBound..<end.lowerBound]))
                let rest = HTMLNode.collapse(
                    value.replacingCharacters(in: start.lowerBound..<end.upperBound, with: " "))
                value = rest.isEmpty ? inner : rest
            }
        }
        return HTMLNode.collapse(value)
    }
}

extension HTMLNode {
    /// True when the element's class list holds `name` (compared on bytes: pages have
    /// hundreds of thousands of elements).
    func hasClass(_ name: String) -> Bool {
        withAttributeBytes("class") { classes in
            let wanted = Array(name.utf8)
            var start = 0
            while start < classes.count {
                while start < classes.count && classes[start] <= 0x20 { start += 1 }
                var end = start
                while end < classes.count && classes[end] > 0x20 { end += 1 }
                if end - start == wanted.count
                    && wanted.withUnsafeBufferPointer({ $0.elementsEqual(classes[start..<end]) })
                {
                    return true
                }
                start = end
            }
            return false
        } ?? false
    }

    /// How many elements of the subtree have `data-anonymize` set to `value` (counting stops at 2).
    func count(anonymized value: String) -> Int {
        var count = 0
        walk { node in
            if count > 1 { return false }
            if node.isElement, node.attribute("data-anonymize") == value { count += 1 }
            return count <= 1
        }
        return count
    }

    /// True when the subtree links a profile other than `key`.
    func containsProfileLink(otherThan key: ProfileKey) -> Bool {
        var found = false
        walk { node in
            if found { return false }
            if node.isElement, node.name == "a", let href = node.attribute("href"), let other = ProfileKey(url: href),
                other != key
            {
                found = true
            }
            return !found
        }
        return found
    }

    /// True when no child is a block element (so the element's text is one piece of content).
    var hasOnlyInlineChildren: Bool {
        var child = firstChild
        while let node = child {
            if node.isElement, ["div", "p", "li", "ul", "section", "article", "h3", "h4", "table"].contains(node.name) {
                return false
            }
            child = node.nextSibling
        }
        return true
    }
}
