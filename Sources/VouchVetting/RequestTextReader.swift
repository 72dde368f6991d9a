import VouchIO
import VouchIdentity

/// Reads a request written as text: a plain list, a markdown note, or the body of an e-mail.
///
/// A line is a person only when it reads as one (a name with optional honorific,
/// credentials, company, title or reason; a profile link; an e-mail address). Greetings,
/// sentences, closings, signatures (`--`, `Sent from…`, phone numbers), quoted replies
/// (`>`, `On … wrote:`), forwarding headers, headings and lead-ins (`…:`) are skipped, each
/// with what it was taken for. Everything after a closing that follows the list is the
/// signature. An indented line or sub-bullet under a person is a note on that person. A
/// single word is kept but marked: vouch is not sure it names anyone. A sentence that asks
/// for people (``RequestSentence``) gives the people it names; pasted LinkedIn search results
/// give each person with their headline, their location and buttons skipped.
struct RequestTextReader {
    private(set) var entries: [RequestEntry] = []
    private(set) var skipped: [SkippedRow] = []
    private var table: [(line: Int, cells: [String])] = []
    private var inSignature = false
    private var inQuote = false
    /// Where a LinkedIn search result is: 1 after its `Name · 1st` line, 2 after its headline
    /// (the location comes next); nil outside one.
    private var searchResult: Int?
    /// The lines after a closing that came before anyone was named (`Hi Sam,` `Thanks!`
    /// `Kyle`): the signature, when they are few and end the text.
    private var afterEarlyClosing: [Int]?
    /// The indentation of the last person's line, for notes under it.
    private var personIndent: Int?

    /// Reads `lines` (numbered from 1) as one list.
    static func read(_ lines: [String], source: String, format: String) -> RequestList {
        read(numbered: lines.enumerated().map { ($0.offset + 1, $0.element) }, source: source, format: format)
    }

    /// Reads lines, each with its own line number, as one list.
    static func read(numbered lines: [(line: Int, text: String)], source: String, format: String) -> RequestList {
        read(pieces: lines.map { .line($0.line, $0.text) }, source: source, format: format)
    }

    /// A part of a document: a line of text, or a table whose rows are read by their header.
    enum Piece {
        case line(Int, String)
        case table([(line: Int, cells: [String])])
    }

    /// Reads lines and tables in document order as one list.
    static func read(pieces: [Piece], source: String, format: String) -> RequestList {
        var reader = RequestTextReader()
        for piece in pieces {
            switch piece {
            case .line(let line, let raw):
                reader.take(raw, line: line, source: source)
            case .table(let rows):
                reader.flushTable(source: source)
                reader.table = rows
                reader.flushTable(source: source)
            }
        }
        reader.flushTable(source: source)
        reader.endSignature()
        return RequestList(source: source, format: format, entries: reader.entries, skipped: reader.skipped)
    }

    /// The signature under a closing that came before anyone was named: at most three lines,
    /// the first a lone given name (`Thanks!` `Kyle`), ending the text. Read as people, they are
    /// skipped as the signature.
    private mutating func endSignature() {
        guard let lines = afterEarlyClosing, (1...3).contains(lines.count), let first = entries.first,
            first.line == lines.first, first.query.profileURL == nil, first.query.email == nil,
            first.query.company == nil, TextShape.words(first.query.name).count == 1
        else { return }
        for entry in entries {
            skipped.append(SkippedRow(line: entry.line, reason: "part of the signature: “\(entry.query.name)”"))
        }
        entries = []
    }

    /// Records a skipped line with what it was taken for and the start of its text.
    private mutating func skip(_ line: Int, _ reason: String, text: String) {
        let excerpt = text.count > 60 ? Redaction.prefix(of: text, characters: 57) + "…" : text
        skipped.append(SkippedRow(line: line, reason: "\(reason): “\(excerpt)”"))
        personIndent = nil  // lines indented under a line that is not a person are not notes
    }

    private mutating func take(_ raw: String, line: Int, source: String) {
        let text = raw.trimmingWhitespace()
        if text.hasPrefix("|") && text.dropFirst().contains("|") && !inSignature && !inQuote {
            var cells = text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingWhitespace() }
            if cells.first == "" { cells.removeFirst() }
            if cells.last == "" { cells.removeLast() }
            if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) {  // not the separator row
                table.append((line, cells.map(RequestListReader.stripMarkdown)))
            }
            return
        }
        flushTable(source: source)
        if text.isEmpty || text.hasPrefix("```") { return }
        if text.hasPrefix(">") { return skip(line, "a quoted reply", text: text) }
        if inQuote { return skip(line, "part of a quoted message", text: text) }
        if text.lowercased().hasPrefix("on ") && text.lowercased().hasSuffix("wrote:") {
            inQuote = true
            return skip(line, "the start of a quoted reply", text: text)
        }
        if inSignature { return skip(line, "part of the signature", text: text) }
        afterEarlyClosing?.append(line)
        let indent = Self.indentation(raw)
        let item = RequestListReader.stripMarkdown(RequestListReader.stripBullet(text))
        // A request written as prose: the people its asking sentences name, every other
        // sentence of the line read on its own (a greeting, a closing, the signature).
        // (A line indented under a person is a note on them, whatever it asks.)
        if personIndent.map({ indent <= $0 }) ?? true, let sentences = RequestSentence.sentencesAsking(in: item) {
            var askedFor = 0  // people the sentence before named
            for sentence in sentences {
                guard !sentence.names.isEmpty, !inSignature else {
                    // `… connect me with Jane Doe? She'd be perfect for our pilot.`: why Jane.
                    if askedFor == 1, !inSignature, RequestSentence.speaksOfSomeone(sentence.text),
                        var last = entries.popLast()
                    {
                        let why = sentence.text.trimming { " .!?".unicodeScalars.contains($0) }
                        last.reason = last.reason.map { $0 + "; " + why } ?? why
                        entries.append(last)
                    } else if let (closing, signature) = Self.closingAndSignature(sentence.text) {
                        // `… and Lars Eriksen? Love, Kyle`: read as the same on lines of their own.
                        take(closing, line: line, source: source)
                        take(signature, line: line, source: source)
                    } else {
                        take(sentence.text, line: line, source: source)
                    }
                    askedFor = 0
                    continue
                }
                askedFor = sentence.names.count
                for (name, company) in zip(sentence.names, sentence.companies) {
                    var parsed = RequestLineParser.Parsed()
                    parsed.name = name
                    parsed.reason = sentence.reason
                    parsed.company = company
                    let oneWord = TextShape.words(name).count == 1
                    RequestListReader.append(
                        parsed, line: line, doubt: oneWord ? Self.oneWordDoubt : nil, to: &entries, skipped: &skipped)
                }
                searchResult = nil
                personIndent = indent
            }
            return
        }
        if let reason = notAListLine(text) { return skip(line, reason, text: text) }
        // A line of its own with the connection degree (`· 2nd`), as LinkedIn copies show it.
        if RequestLineParser.withoutDegree("x " + text) == "x" {
            if personIndent != nil { searchResult = 1 }
            return
        }
        if let reason = searchResultLine(text) { return skip(line, reason, text: text) }
        if let personIndent, indent > personIndent, var last = entries.popLast() {
            // A note under the person above: their link or e-mail, or more of the reason.
            let note = RequestLineParser.parse(item)
            if note.name.isEmpty, note.hasAddress, note.reason == nil {
                last.query.profileURL = last.query.profileURL ?? note.profileURL
                last.query.email = last.query.email ?? note.email
                last.unresolvableLink = last.unresolvableLink ?? note.unresolvableLink
            } else {
                let text = item.trimmingWhitespace()
                last.reason = last.reason.map { $0 + "; " + text } ?? text
            }
            entries.append(last)
            return
        }
        var parsed = RequestLineParser.parse(item)
        // `Manager at Alpine Ski House` is a title and company, not a person: under a person
        // (as LinkedIn's copied lists show it) it is theirs. Under a search result's
        // `Name · 1st`, a title alone (`Software Engineer`) is that person's headline too.
        if !parsed.hasAddress, parsed.company != nil || searchResult == 1, TextShape.isTitle(parsed.name) {
            let company = parsed.company
            guard personIndent != nil, var last = entries.popLast() else {
                return skip(line, "a job title and company, not a name", text: text)
            }
            if last.title == nil && last.query.company == nil {
                last.title = parsed.name
                last.query.company = company
                entries.append(last)
                if searchResult == 1 { searchResult = 2 }
                return
            }
            entries.append(last)
            return skip(line, "a job title and company, not a name", text: text)
        }
        // `Amélie Fournier and Lars Eriksen - both for our pilot`: several people, each with
        // what the line says after them.
        if !parsed.hasAddress, let names = TextShape.joinedNames(parsed.name) {
            for name in names {
                var one = parsed
                one.name = name
                RequestListReader.append(one, line: line, doubt: nil, to: &entries, skipped: &skipped)
            }
            personIndent = indent
            searchResult = nil
            return
        }
        // A sentence that describes the person it opens with (`Greg Pullman is a designer I
        // admire.`) is that person, the rest of it the reason.
        if !parsed.hasAddress, let (name, rest) = TextShape.leadingName(item),
            TextShape.describingVerbs.contains(TextShape.words(rest).first.map(TextShape.bare) ?? "")
        {
            parsed = RequestLineParser.Parsed()
            parsed.name = name
            parsed.reason = rest.trimming { " .".unicodeScalars.contains($0) }
        }
        // A list item is a person: `- Jane Doe because she is hiring` is Jane, for that reason.
        if item != RequestListReader.stripMarkdown(text), !parsed.hasAddress,
            TextShape.notANameReason(parsed.name) != nil, let (name, rest) = TextShape.leadingName(parsed.name)
        {
            parsed.name = name
            parsed.reason = parsed.reason.map { rest + "; " + $0 } ?? rest
        }
        if !parsed.hasAddress {
            if let nobody = parsed.namesNobody, parsed.name.isEmpty { return skip(line, nobody, text: text) }
            if parsed.name.isEmpty { return skip(line, "no name, profile link or e-mail", text: text) }
            if let reason = TextShape.notANameReason(parsed.name) { return skip(line, reason, text: text) }
        }
        var doubt: String?
        if !parsed.hasAddress && TextShape.words(parsed.name).count == 1 && parsed.company == nil {
            doubt = Self.oneWordDoubt
        }
        RequestListReader.append(parsed, line: line, doubt: doubt, to: &entries, skipped: &skipped)
        personIndent = indent
        // `Name · 1st`, as LinkedIn's search results show it: a headline and a location follow.
        searchResult = RequestLineParser.withoutDegree(item) != item.trimmingWhitespace() ? 1 : nil
    }

    /// `Love, Kyle`, `Best regards, Kyle Brandt`: a closing, a comma and a name of one to three
    /// capitalised words, split in two; nil for anything else.
    static func closingAndSignature(_ text: String) -> (String, String)? {
        guard let comma = text.firstIndex(of: ",") else { return nil }
        let closing = TextShape.words(String(text[..<comma])).map(TextShape.bare).joined(separator: " ")
        let signature = text[text.index(after: comma)...].trimmingWhitespace()
        let words = TextShape.words(signature)
        guard closings.contains(closing) || closingWords.contains(closing), (1...3).contains(words.count),
            words.allSatisfy({ TextShape.isCapitalised($0) }), !TextShape.hasClauseWord(signature)
        else { return nil }
        return (String(text[...comma]), signature)
    }

    static let oneWordDoubt = "one word only: vouch is not sure this line names a person"

    /// Why a line of pasted LinkedIn search results names nobody (a button's label, the
    /// location under a person's headline), or nil.
    private mutating func searchResultLine(_ text: String) -> String? {
        let folded = TextShape.words(text).map(TextShape.bare).joined(separator: " ")
        if Self.buttonLabels.contains(folded) { return "a LinkedIn button's label, not a name" }
        // LinkedIn writes a place as one word, with its country after a comma, or as a region;
        // two capitalised words alone are more likely the next person's name.
        let placeShape = text.contains(",") || TextShape.words(text).count == 1
        let location = searchResult == 2 && placeShape || Self.isRegionName(text)
        if location, RequestLineParser.withoutDegree(text) == text, !TextShape.hasClauseWord(text),
            !TextShape.hasSentencePunctuation(text), TextShape.words(text).count <= 6,
            text.split(separator: ",").allSatisfy({ TextShape.isProperNoun($0.trimmingWhitespace()) })
        {
            searchResult = nil
            return "a location, as LinkedIn's search results show it, not a name"
        }
        return nil
    }

    /// `San Francisco Bay Area`, `Greater London`: a region as LinkedIn names it, never a person.
    static func isRegionName(_ text: String) -> Bool {
        let words = TextShape.words(text).map(TextShape.bare)
        guard words.count >= 2, let first = words.first, let last = words.last else { return false }
        return ["greater", "metropolitan"].contains(first)
            || ["area", "region", "metroplex", "metropolitan"].contains(last)
    }

    /// Labels of LinkedIn's buttons, copied with a search result.
    static let buttonLabels: Set<String> = [
        "message", "connect", "follow", "following", "pending", "inmail", "view profile", "send inmail", "save",
        "more", "invite", "nachricht", "vernetzen", "folgen", "se connecter", "suivre", "conectar", "seguir",
        "mensaje", "collegati", "segui", "messaggio",
    ]

    /// What a line that is not a list item was taken for; nil for a possible list item.
    private mutating func notAListLine(_ text: String) -> String? {
        let lower = text.lowercased()
        if lower.contains("original message") && text.hasPrefix("-") || text.hasPrefix("________________") {
            if entries.isEmpty { return "a forwarding header" }
            inQuote = true
            return "the start of a quoted message"
        }
        if lower.contains("forwarded message") || lower.hasPrefix("begin forwarded message") {
            return "a forwarding header"
        }
        for header in ["from:", "sent:", "to:", "cc:", "date:", "subject:", "reply-to:"] where lower.hasPrefix(header) {
            return "a forwarded message's header"
        }
        if text == "--" || text == "-- " || text == "—" {
            inSignature = true
            return "the signature separator"
        }
        if text.hasPrefix("#") { return "a heading" }
        if text.hasPrefix("//") { return "a comment" }
        if lower.hasPrefix("sent from ") || lower.hasPrefix("get outlook for") || lower.hasPrefix("sent via ") {
            return "a mail app's signature"
        }
        if Self.digitCount(text) >= 7 { return "a phone number: a signature line" }
        let words = TextShape.words(text)
        let bare = words.map(TextShape.bare)
        // `Hi Sam,`; `Hey Rowan — here's the list we talked about`: a greeting, then prose.
        if let first = bare.first,
            Self.greetings.contains(first) || (["good", "ciao"].contains(first) && words.count > 1),
            words.count <= 6 && !text.contains(":")
                || TextShape.hasClauseWord(words.dropFirst(2).joined(separator: " "))
        {
            return "a greeting"
        }
        // `Liebe Anna,` `Cher Paul,` `Cara Giulia,`: words that are also names or closings
        // (`Cara Smith`, `Liebe Grüße,`) greet only as a short line ending with a comma.
        if let first = bare.first, Self.addressWords.contains(first), (2...3).contains(words.count),
            text.hasSuffix(","),
            !Self.closingWords.contains(bare[1]), !Self.closings.contains(bare.joined(separator: " "))
        {
            return "a greeting"
        }
        let phrase = bare.joined(separator: " ")
        if words.count <= 6,
            Self.closings.contains(where: { phrase == $0 || phrase.hasPrefix($0 + " ") })
                || Self.closingWords.contains(phrase)
        {
            if entries.isEmpty {
                afterEarlyClosing = []
            } else {
                inSignature = true
            }
            return "a closing"
        }
        if text.hasSuffix(":") && RequestListReader.stripBullet(text) == text {
            return "a lead-in to the list"
        }
        return nil
    }

    private mutating func flushTable(source: String) {
        guard !table.isEmpty else { return }
        let list = RequestListReader.entries(fromRows: table, source: source, format: "markdown", skipped: [])
        entries += list.entries
        skipped += list.skipped
        table = []
        personIndent = nil
    }

    /// Leading spaces, a tab counting four.
    static func indentation(_ line: String) -> Int {
        var count = 0
        for character in line {
            if character == " " {
                count += 1
            } else if character == "\t" {
                count += 4
            } else {
                break
            }
        }
        return count
    }

    /// Digits on the line in words of digits and separators only (`+1`, `(555)`, `123-4567`,
    /// `tel:` links):
    /// a phone number's. Words with letters (`Person1000`), links and e-mail addresses
    /// carry digits that are no phone number.
    private static func digitCount(_ text: String) -> Int {
        let text = text.replacingOccurrences(of: "tel:", with: "", options: .caseInsensitive)
        var total = 0
        var inWord = 0
        var skipWord = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" {
                if !skipWord { total += inWord }
                inWord = 0
                skipWord = false
            } else if ("0"..."9").contains(scalar) {
                inWord += 1
            } else if !"+-.()/:".unicodeScalars.contains(scalar) || scalar == "/" {
                skipWord = true
            }
        }
        return skipWord ? total : total + inWord
    }

    static let greetings: Set<String> = [
        "hi", "hello", "hey", "dear", "hiya", "greetings", "howdy", "morning", "afternoon", "evening", "yo", "hallo",
        "bonjour", "hola", "salut", "coucou", "bonsoir", "servus", "moin", "buongiorno", "olá", "buenos", "buenas",
        "guten", "querida", "querido", "estimado", "estimada", "gentile",
    ]

    /// Words that open a greeting to someone by name (`Liebe Anna,`), and are names too.
    static let addressWords: Set<String> = ["liebe", "lieber", "cher", "chère", "chers", "cara", "caro", "cari"]

    /// Closings that are a single word only when alone on the line (`Love,`), since people are
    /// named like them too (`Love Andersson`).
    static let closingWords: Set<String> = [
        "love", "hugs", "xoxo", "ciao", "besos", "bises", "abrazos", "abraços", "baci", "grüße", "gruß", "lg", "vg",
    ]

    static let closings: [String] = [
        "thanks", "thank you", "thx", "ty", "many thanks", "best", "best regards", "best wishes", "regards",
        "kind regards", "warm regards", "warmly", "cheers", "sincerely", "yours", "yours truly", "all the best",
        "talk soon", "take care", "appreciate it", "much appreciated", "gratefully", "with thanks", "xo", "xx",
        "speak soon", "have a great day", "have a great week", "looking forward", "lots of love", "much love",
        "merci", "cordialement", "bien à vous", "amitiés", "bien cordialement", "danke", "vielen dank",
        "viele grüße", "liebe grüße", "beste grüße", "herzliche grüße", "mit freundlichen grüßen", "gracias",
        "muchas gracias", "saludos", "un saludo", "un abrazo", "grazie", "grazie mille", "saluti", "cordiali saluti",
        "un abbraccio", "obrigado", "obrigada", "atenciosamente", "abraço", "um abraço",
    ]
}
