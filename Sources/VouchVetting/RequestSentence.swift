import VouchIO
import VouchIdentity

/// A sentence of a request written as prose, and the people it asks for: "Could you introduce
/// me to Maya Okafor, Ben Carter and Ana Lima?", "connect me with Jane Doe", "I'd love to meet
/// Jane and Omar", "Also Dana Ruiz, PhD if she's still at Lumen".
///
/// A sentence asks for people when an asking phrase (`introduce me to`, `connect me with`,
/// `put me in touch with`, `to meet`, a leading `Also`) is followed by names: capitalised
/// words, split on commas, `and`, `&` and `or`, credentials after a comma kept with their name.
/// The names end at the first word that is not part of one; what follows is the requester's
/// reason only when it says why (`because …`, `for …`, `to …`), never a condition or an aside.
struct RequestSentence {
    /// The sentence as written.
    let text: String
    /// The people it asks for, in order; empty for a sentence that asks for nobody.
    let names: [String]
    /// The company the sentence gives for each person, in order (`Jane Doe at Acme`), nil where
    /// it gives none; companies are read only after one person, or after each of several
    /// (`A at Johnson & Johnson and B at Procter and Gamble`).
    let companies: [String?]
    /// Why, when the sentence says it after the names.
    let reason: String?

    /// The sentences of `line`, when one of them asks for people; nil otherwise (the line is
    /// read as a list line).
    static func sentencesAsking(in line: String) -> [RequestSentence]? {
        guard hasAskingPhrase(line) else { return nil }
        let sentences = split(line).map(read)
        return sentences.contains { !$0.names.isEmpty } ? sentences : nil
    }

    /// A cheap first look: does the line hold any asking phrase at all?
    private static func hasAskingPhrase(_ line: String) -> Bool {
        let lower = line.lowercased()
        return [
            "introduc", "intro", "connect", "touch", "contact", "meet", "also", "speak", "talk", "chat", "présent",
            "present", "relation", "bekannt", "vorstell", "vernetz", "kontakt",
        ].contains {
            lower.contains($0)
        }
    }

    /// Splits text after `.`, `?` or `!` followed by a space, except after an abbreviation or
    /// an initial (`Dr.`, `J.`, `Inc.`).
    static func split(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let words = TextShape.words(text)
        for word in words {
            current += current.isEmpty ? String(word) : " " + word
            let end = word.trimming { "\"'”’)".unicodeScalars.contains($0) }
            guard let last = end.last, ".?!".contains(last) else { continue }
            if last == ".", isNameAbbreviation(end) { continue }
            sentences.append(current)
            current = ""
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    /// Phrases that ask for the people named after them, as folded words.
    static let askingPhrases: [[String]] = [
        ["introduce", "me", "to"], ["introduce", "me", "with"], ["introduction", "to"], ["introductions", "to"],
        ["intro", "to"], ["intros", "to"], ["introduced", "to"], ["connect", "me", "with"], ["connect", "me", "to"],
        ["in", "touch", "with"], ["in", "contact", "with"], ["to", "connect", "with"], ["to", "meet"],
        ["to", "talk", "to"], ["to", "talk", "with"], ["to", "speak", "to"], ["to", "speak", "with"],
        ["to", "chat", "with"], ["intro", "me", "to"], ["intros", "please"], ["intro", "please"],
        ["introductions", "please"],
        // French, Spanish, Italian, Portuguese.
        ["me", "présenter", "à"], ["me", "presenter", "à"], ["en", "relation", "avec"], ["en", "contact", "avec"],
        ["presentarme", "a"], ["presentarmi", "a"], ["apresentarme", "a"],
    ]

    /// German asks with the verb after the names (`mich mit Lars Eriksen bekannt machen`,
    /// `mir Lars Eriksen vorstellen`): these phrases ask only in a sentence holding such a verb.
    static let phrasesBeforeVerb: [[String]] = [
        ["mich", "bitte", "mit"], ["mich", "mit"], ["mir", "bitte"], ["mich", "bitte"], ["mir"], ["mich"],
    ]

    /// The verbs that close a German ask.
    static let closingVerbs: Set<String> = ["bekannt", "vorstellen", "vernetzen", "kontakt", "verbinden"]

    /// Words that join names in a sentence, in the languages of the headers.
    static let joiners: Set<String> = ["and", "or", "und", "oder", "et", "ou", "y", "e", "o"]

    /// Words between a joiner and the next name (`et à Jean-Pierre`, `y a Luis`, `and maybe also`).
    static let afterJoiner: Set<String> = ["à", "a", "mit", "con", "al", "maybe", "also", "perhaps", "possibly"]

    /// Words after the names that begin a reason.
    static let reasonStarts: Set<String> = [
        "because", "since", "as", "for", "to", "about", "regarding", "re", "who", "she", "he", "they", "she's",
        "he's", "they're", "she’s", "he’s",
    ]

    /// True when the words before an asking phrase are a list line's person and separator
    /// (`Jane Doe — would love to talk to …`, `Jane Doe (would love to meet …`): the line is
    /// that person, with a reason.
    static func isListLine(_ words: [Substring]) -> Bool {
        let text = words.joined(separator: " ")
        let left = RequestLineParser.splitAtSeparator(text)?.0 ?? TextShape.leadingName(text)?.name
        guard let left, let first = TextShape.words(left).first else { return false }
        return TextShape.notANameReason(left) == nil && !RequestTextReader.greetings.contains(TextShape.bare(first))
    }

    /// True when a sentence speaks of someone named before it (`she'd be perfect`, `he runs
    /// the co-op`): after a sentence asking for one person, it says why them.
    static func speaksOfSomeone(_ sentence: String) -> Bool {
        TextShape.words(sentence).contains { word in
            thirdPerson.contains(TextShape.bare(word).replacingOccurrences(of: "\u{2019}", with: "'"))
        }
    }

    /// Words that point back at a person named earlier.
    static let thirdPerson: Set<String> = [
        "she", "he", "her", "him", "his", "hers", "she's", "he's", "she'd", "he'd", "she'll", "he'll", "they'd",
        "they're",
    ]

    /// `Dr.`, `J.`, `Jr.`: a word of a name that ends with a full stop.
    static func isNameAbbreviation(_ word: String) -> Bool {
        let folded = TextShape.bare(Substring(word))
        return folded.count == 1 || PersonName.honorifics.contains(folded) || PersonName.suffixes.contains(folded)
    }

    /// True when the joiner at `index` joins two names: `y` and `e` are also particles inside
    /// one (`Ortega y Gasset`), so they join only after a name of two words, before another (a capitalised word, then
    /// another or a particle).
    private static func joins(_ words: [Substring], at index: Int, _ current: [String]) -> Bool {
        guard ["y", "e"].contains(TextShape.bare(words[index])) else { return true }
        var next = index + 1
        if next < words.count, afterJoiner.contains(TextShape.bare(words[next])) { next += 1 }
        guard current.count >= 2, next + 1 < words.count else { return false }
        return TextShape.isCapitalised(words[next])
            && (TextShape.isCapitalised(words[next + 1])
                || TextShape.nameParticles.contains(TextShape.bare(words[next + 1])))
    }

    /// Reads one sentence: the names after its asking phrase, and the reason after them.
    static func read(_ sentence: String) -> RequestSentence {
        let words = TextShape.words(sentence)
        let folded = words.map(TextShape.bare)
        var start: Int?
        // `Also Dana Ruiz`, `And also Ben Carter`.
        let also = folded.first == "and" ? 1 : 0
        if folded.count > also, folded[also] == "also", !words[also].hasSuffix(",") { start = also + 1 }
        let phrases =
            folded.contains(where: closingVerbs.contains) ? askingPhrases + phrasesBeforeVerb : askingPhrases
        for index in folded.indices where start == nil {
            for phrase in phrases where folded[index...].starts(with: phrase) {
                // The phrase ends the clause's words: `to meet you,` is no request.
                let inner = words[index..<(index + phrase.count - 1)]
                if inner.allSatisfy({ $0.last.map(\.isLetter) ?? false }) { start = index + phrase.count }
                break
            }
        }
        guard let start, start < words.count, !isListLine(Array(words[..<start]))
        else { return RequestSentence(text: sentence, names: [], companies: [], reason: nil) }
        // `I met Lars Eriksen briefly and would like to talk to him about …`: the person named
        // before, the sentence the reason.
        if ["him", "her"].contains(folded[start]), let name = lastName(in: words[..<start]) {
            let reason = sentence.trimming { " .!?".unicodeScalars.contains($0) }
            return RequestSentence(text: sentence, names: [name], companies: [nil], reason: reason)
        }
        var names: [String] = []
        var current: [String] = []
        var afterComma = false
        var skipNext = false  // after a joiner, or a word between it and the next name
        var rest = words.count
        func finish() {
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current = []
        }
        for index in start..<words.count {
            let raw = words[index]
            var core = raw.trimming { ",;:?!()\"'“”‘’".unicodeScalars.contains($0) }
            if core.hasSuffix("."), !isNameAbbreviation(core) { core = core.trimming { $0 == "." } }
            let trailing = raw.reversed().prefix { !$0.isLetter && !$0.isNumber }
            let bare = TextShape.bare(raw)
            let joining = skipNext
            skipNext = false
            if core.isEmpty && trailing.isEmpty {
                rest = index
                break
            }
            if core == "&"
                || joiners.contains(bare) && !TextShape.isCapitalised(raw) && joins(words, at: index, current)
            {
                finish()
                skipNext = true
            } else if joining, current.isEmpty, afterJoiner.contains(bare) {
                // `et à Jean-Pierre`, `and maybe also Chris Morgan`: on to the next name.
                skipNext = true
            } else if current.isEmpty, afterComma, PersonName.isCredentialList(core), let last = names.popLast() {
                names.append(last + ", " + core)
            } else if TextShape.isCapitalised(Substring(core)), !TextShape.hasClauseWord(core), current.count < 5 {
                current.append(core)
            } else if !current.isEmpty, TextShape.nameParticles.contains(bare) {
                current.append(core)
            } else {
                rest = index
                break
            }
            afterComma = trailing.contains(",") || trailing.contains(";")
            if afterComma { finish() }
            let endsSentence =
                trailing.contains { "?!:)".contains($0) }
                || trailing.contains(".") && !isNameAbbreviation(core)
            if endsSentence {
                rest = index + 1
                break
            }
        }
        finish()
        var reason: String?
        var companies: [String?] = names.map { _ in nil }
        // `connect me with Jane Doe at Acme Corp because …`: one person, with their company;
        // `… and Tobias Wren at Quillfeather`: another person, with theirs.
        var readsCompany = names.count == 1
        while readsCompany, rest + 1 < words.count, ["at", "from"].contains(TextShape.bare(words[rest])) {
            readsCompany = false
            var end = rest + 1
            var parts: [String] = []
            while end < words.count, parts.count < 5, personBeforeCompany(words, at: end) == nil {
                let word = words[end]
                let core = word.trimming { ",;:.?!()".unicodeScalars.contains($0) }
                guard TextShape.isCapitalised(Substring(core)) || TextShape.connectors.contains(TextShape.bare(word))
                else { break }
                parts.append(core)
                end += 1
                if core.count < word.count { break }
            }
            guard !parts.isEmpty, TextShape.isProperNoun(parts.joined(separator: " ")) else { break }
            companies[companies.count - 1] = parts.joined(separator: " ")
            rest = end
            guard let (name, next) = personBeforeCompany(words, at: rest) else { break }
            names.append(name)
            companies.append(nil)
            rest = next
            readsCompany = true
        }
        if rest < words.count, let first = words[rest...].first {
            let opensWithDash = ["-", "–", "—", "--"].contains(String(first))
            if opensWithDash || reasonStarts.contains(TextShape.bare(first)) {
                let text = words[(opensWithDash ? rest + 1 : rest)...].joined(separator: " ")
                let trimmed = text.trimming { " .!?".unicodeScalars.contains($0) }
                reason = trimmed.isEmpty ? nil : String(trimmed)
            }
        }
        return RequestSentence(text: sentence, names: names, companies: companies, reason: reason)
    }

    /// The last run of two to four capitalised words (no clause words) in `words`: the person
    /// a sentence named before pointing back at them.
    private static func lastName(in words: ArraySlice<Substring>) -> String? {
        var runs: [[String]] = [[]]
        for word in words {
            let core = word.trimming { ",;:.?!()\"'“”‘’".unicodeScalars.contains($0) }
            let isName =
                TextShape.isCapitalised(Substring(core)) && !TextShape.hasClauseWord(core) && core.count == word.count
            if isName, !core.isEmpty, runs[runs.count - 1].count < 4 {
                runs[runs.count - 1].append(core)
            } else if !(runs.last?.isEmpty ?? true) {
                runs.append([])
            }
        }
        return runs.last { $0.count >= 2 }?.joined(separator: " ")
    }

    /// `and Tobias Wren at …`: a joiner, a name of two or three capitalised words, then `at` or
    /// `from`; the name and where its `at` is, or nil.
    private static func personBeforeCompany(_ words: [Substring], at index: Int) -> (String, Int)? {
        guard index < words.count, words[index] == "&" || joiners.contains(String(words[index])) else { return nil }
        var end = index + 1
        while end < words.count, end - index <= 3, TextShape.isCapitalised(words[end]),
            words[end].last.map({ $0.isLetter }) ?? false, !TextShape.hasClauseWord(String(words[end]))
        {
            end += 1
        }
        guard (2...3).contains(end - index - 1), end < words.count, ["at", "from"].contains(String(words[end]))
        else { return nil }
        return (words[(index + 1)..<end].joined(separator: " "), end)
    }
}
