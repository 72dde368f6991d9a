import VouchIO

/// Reads vCard 3.0 and 4.0 files (phones' and Apple's contact exports): folded lines,
/// grouped properties (`item1.URL`), parameters, quoted-printable values and escapes.
enum VCardReader {
    static func parse(_ text: String, path: String) -> AddressBook {
        var entries: [AddressBookEntry] = []
        var skipped: [SkippedRow] = []
        var card: [(name: String, parameters: [String], value: String)] = []
        var cardLine = 0
        var inCard = false
        for (lineNumber, line) in unfold(text) {
            let upper = line.uppercased()
            if upper == "BEGIN:VCARD" {
                inCard = true
                card = []
                cardLine = lineNumber
                continue
            }
            if upper == "END:VCARD" {
                if inCard {
                    if let entry = entry(card, line: cardLine) {
                        entries.append(entry)
                    } else {
                        skipped.append(SkippedRow(line: cardLine, reason: "card with no name, e-mail or profile"))
                    }
                }
                inCard = false
                continue
            }
            guard inCard, let colon = line.firstIndex(of: ":") else {
                if !line.trimmingWhitespace().isEmpty {
                    skipped.append(
                        SkippedRow(line: lineNumber, reason: inCard ? "not a vCard property" : "outside any card"))
                }
                continue
            }
            let head = line[..<colon].split(separator: ";").map(String.init)
            var property = head.first?.uppercased() ?? ""
            if let dot = property.lastIndex(of: ".") { property = String(property[property.index(after: dot)...]) }
            let parameters = head.dropFirst().map { $0.uppercased() }
            var value = String(line[line.index(after: colon)...])
            if parameters.contains(where: { $0.contains("QUOTED-PRINTABLE") }) {
                value = decodeQuotedPrintable(value)
            }
            card.append((property, Array(parameters), value))
        }
        if inCard { skipped.append(SkippedRow(line: cardLine, reason: "card without END:VCARD")) }
        return AddressBook(path: path, format: "vcard", entries: entries, skipped: skipped)
    }

    /// Joins folded lines (a line break followed by a space or tab continues the line; in
    /// quoted-printable values a trailing `=` does). Returns each logical line with the number
    /// of its first physical line.
    static func unfold(_ text: String) -> [(Int, String)] {
        var result: [(Int, String)] = []
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        for (index, raw) in lines.enumerated() {
            let line = String(raw)
            if let first = line.first, first == " " || first == "\t", !result.isEmpty {
                result[result.count - 1].1 += line.dropFirst()
            } else if let last = result.last, last.1.hasSuffix("="), last.1.uppercased().contains("QUOTED-PRINTABLE") {
                result[result.count - 1].1 = String(last.1.dropLast()) + line
            } else {
                result.append((index + 1, line))
            }
        }
        return result
    }

    static func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "="), index + 2 < utf8.count,
                let value = UInt8(String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return TextDecoding.string(from: bytes)
    }

    /// Removes vCard escapes (`\,`, `\;`, `\n`).
    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\,", with: ",").replacingOccurrences(of: "\\;", with: ";")
            .replacingOccurrences(of: "\\n", with: " ").replacingOccurrences(of: "\\N", with: " ")
            .trimmingWhitespace()
    }

    static func entry(_ card: [(name: String, parameters: [String], value: String)], line: Int) -> AddressBookEntry? {
        func values(_ property: String) -> [(parameters: [String], value: String)] {
            card.filter { $0.name == property }.map { ($0.parameters, $0.value) }
        }
        var name = values("FN").first.map { unescape($0.value) } ?? ""
        if name.isEmpty, let structured = values("N").first?.value {
            // Family;Given;Additional;Prefix;Suffix
            let parts = structured.split(separator: ";", omittingEmptySubsequences: false).map { unescape(String($0)) }
            let ordered = [
                parts.count > 3 ? parts[3] : "", parts.count > 1 ? parts[1] : "", parts.count > 2 ? parts[2] : "",
                parts[0],
            ]
            name = ordered.filter { !$0.isEmpty }.joined(separator: " ")
        }
        let company = values("ORG").first.map { unescape(String($0.value.split(separator: ";").first ?? "")) } ?? ""
        let title = values("TITLE").first.map { unescape($0.value) } ?? ""
        let emails = values("EMAIL").map { unescape($0.value) }.filter { !$0.isEmpty }
        let phones = values("TEL").map { unescape($0.value) }.filter { !$0.isEmpty }
        let urls = (values("URL") + values("X-SOCIALPROFILE")).map { unescape($0.value) }
        let labels = values("CATEGORIES").flatMap { $0.value.split(separator: ",").map { unescape(String($0)) } }
        let note = values("NOTE").first.map { unescape($0.value) } ?? ""
        let birthday = values("BDAY").first?.value ?? ""
        let profiles = AddressBookReader.profileURLs(urls)
        guard !name.isEmpty || !emails.isEmpty || !profiles.isEmpty else { return nil }
        return AddressBookEntry(
            source: "address book (vCard)", name: TextDecoding.repairMojibake(name), company: company, title: title,
            emails: emails, phones: phones, profileURLs: profiles, labels: AddressBookReader.meaningfulLabels(labels),
            hasNote: !note.isEmpty, hasBirthday: !birthday.isEmpty, created: nil, line: line)
    }
}
