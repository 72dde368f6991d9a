import VouchIdentity

/// Judgements on the shape of short pieces of text in a request list: does this read as a
/// person's name, a company, a job title, or a clause someone wrote (a reason, a sentence)?
///
/// Shapes are decided from the words alone (capitals, function words, punctuation, title
/// words), never from who the owner knows; the vetter checks a reading against the matched
/// connection afterwards.
enum TextShape {
    /// The words of `text`, split on spaces.
    static func words(_ text: String) -> [Substring] {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    }

    /// True when `word` starts with an upper-case letter (or is all capitals or digits and
    /// symbols such as `&`).
    static func isCapitalised(_ word: Substring) -> Bool {
        guard let first = word.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else {
            return !word.isEmpty
        }
        return first.properties.isUppercase || !first.properties.isLowercase
    }

    /// The folded word without punctuation around it.
    static func bare(_ word: Substring) -> String {
        String(word.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0 == "'" || $0 == "\u{2019}" })
    }

    /// True when the text holds a word people write in sentences but never in a name
    /// (`would`, `these`, `my`, `from`): prose, not a person.
    /// `Jane Doe because she is hiring` → (`Jane Doe`, `because she is hiring`): two to four
    /// capitalised words that are no clause word, then a clause starting in lower case; nil
    /// when the text does not start that way.
    static func leadingName(_ text: String) -> (name: String, rest: String)? {
        let parts = words(text)
        var count = 0
        while count < min(parts.count, 4), isCapitalised(parts[count]),
            !hasClauseWord(String(parts[count])), !hasSentencePunctuation(String(parts[count]))
        {
            count += 1
        }
        guard count >= 2, count < parts.count, !isCapitalised(parts[count]) else { return nil }
        return (parts[..<count].joined(separator: " "), parts[count...].joined(separator: " "))
    }

    /// Verbs that open what a sentence says of the person named before them (`Greg Pullman is a
    /// designer I admire`, `Mary-Kate Lindgren spoke at Config`).
    static let describingVerbs: Set<String> = [
        "is", "was", "has", "had", "runs", "ran", "leads", "led", "heads", "headed", "works", "worked", "spoke",
        "speaks", "founded", "started", "built", "builds", "knows", "wrote", "writes", "manages", "managed",
        "teaches", "taught", "helped", "helps", "invested", "invests", "does", "did", "sits", "chairs", "owns",
        "raised", "joined", "used", "recently", "just",
    ]

    /// A capitalised word counts only when no name is spelled like it (`Would`, `These`,
    /// `I`), so `Will Smith` and `May Chen` stay names.
    static func hasClauseWord(_ text: String) -> Bool {
        words(text).contains { word in
            let folded = bare(word)
            guard clauseWords.contains(folded) else { return false }
            if isCapitalised(word) { return !nameLikeClauseWords.contains(folded) }
            return !nameParticles.contains(folded)
        }
    }

    /// True when `text` reads as a proper noun of a few words (`Alpine Ski House`,
    /// `Bank of the West`): capitalised words and connectors, no clause words, no sentence
    /// punctuation.
    static func isProperNoun(_ text: String, maxWords: Int = 5) -> Bool {
        let parts = words(text)
        guard !parts.isEmpty, parts.count <= maxWords, !hasSentencePunctuation(text) else { return false }
        guard !parts.contains(where: { clauseWords.contains(bare($0)) && !connectors.contains(bare($0)) }) else {
            return false
        }
        guard let first = parts.first, isCapitalised(first) else { return false }
        return parts.allSatisfy { isCapitalised($0) || connectors.contains(bare($0)) }
    }

    /// True when `text` reads as a job title (`Account Executive`, `VP Sales`, `Head of Design`).
    static func isTitle(_ text: String) -> Bool {
        let parts = words(text)
        guard !parts.isEmpty, parts.count <= 7, !hasSentencePunctuation(text) else { return false }
        guard parts.contains(where: { titleWords.contains(bare($0)) }) else { return false }
        return parts.allSatisfy {
            isCapitalised($0) || connectors.contains(bare($0)) || titleWords.contains(bare($0))
        }
    }

    /// True when the text ends a sentence or asks something (`.`, `?`, `!` after a word).
    static func hasSentencePunctuation(_ text: String) -> Bool {
        text.contains("?") || text.contains("!") || text.hasSuffix(".") && !endsWithAbbreviation(text)
    }

    private static func endsWithAbbreviation(_ text: String) -> Bool {
        guard let last = words(text).last else { return false }
        let folded = bare(last)
        return folded.count <= 3 || PersonName.suffixes.contains(folded) || PersonName.honorifics.contains(folded)
            || ["inc", "corp", "ltd", "co", "bros"].contains(folded)
    }

    /// Why `name` (what is left of a line once company, title, reason and links are taken
    /// off) is not a person's name, or nil when it reads as one.
    static func notANameReason(_ name: String) -> String? {
        let parts = words(name)
        if !name.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            return "'\(name)' is not a name"
        }
        if parts.count > 6 { return "a sentence, not a name" }
        if isTotalLabel(name) { return "a total, not a person" }
        if fillers.contains(parts.map(bare).joined(separator: " ")) { return "a note to the reader, not a name" }
        if name.contains("?") || name.contains("!") { return "a sentence, not a name" }
        if hasClauseWord(name) { return "prose, not a name" }
        if isSentence(parts) { return "a sentence, not a name" }
        return nil
    }

    /// `Ich würde mich sehr freuen.`, `Das wäre super.`: words ending with `.`, `!` or `?`, two
    /// or more of them in lower case (particles of names aside), are a sentence in any language.
    static func isSentence(_ parts: [Substring]) -> Bool {
        guard parts.count >= 3, let last = parts.last?.reversed().first(where: { !"\"'”’)".contains($0) }),
            ".!?".contains(last)
        else { return false }
        let lower = parts.filter { !isCapitalised($0) && !nameParticles.contains(bare($0)) }
        return lower.count >= 2
    }

    /// `Amélie Fournier and Lars Eriksen`, `Seán O'Brien; Keiko Satō`: the names of several
    /// people joined by `and`, `&`, `;` (or `und`, `et`, `y`, `e`), each of two words or more;
    /// nil when the text is not made of names alone (`Johnson & Johnson`, `Procter and Gamble`).
    static func joinedNames(_ text: String) -> [String]? {
        var names: [String] = []
        var current: [Substring] = []
        func finish() -> Bool {
            let name = current.joined(separator: " ")
            current = []
            guard isPersonName(name) else { return false }
            names.append(name)
            return true
        }
        for word in words(text) {
            if nameJoiners.contains(String(word)) {
                guard finish() else { return nil }
                continue
            }
            let ends = word.hasSuffix(";")
            let core = ends ? word.dropLast() : word
            if !core.isEmpty { current.append(core) }
            if ends { guard finish() else { return nil } }
        }
        guard finish(), names.count >= 2 else { return nil }
        return names
    }

    /// Words that join the names of several people on one line.
    static let nameJoiners: Set<String> = ["and", "&", "und", "et", "y", "e", ";"]

    /// Two to five words of a name: capitalised words and particles, starting and ending with
    /// a capitalised word, none a clause word.
    static func isPersonName(_ name: String) -> Bool {
        let parts = words(name)
        guard (2...5).contains(parts.count), let first = parts.first, let last = parts.last, isCapitalised(first),
            isCapitalised(last), !hasSentencePunctuation(name), notANameReason(name) == nil
        else { return false }
        return parts.allSatisfy { isCapitalised($0) || nameParticles.contains(bare($0)) }
    }

    /// True when `text` is an aside rather than a reason: an apology, a note that the person is
    /// listed again (`again, sorry`, `dup`, `oops`).
    static func isAside(_ text: String) -> Bool {
        let parts = words(text).map(bare).filter { !$0.isEmpty }
        return !parts.isEmpty && parts.allSatisfy(asideWords.contains)
    }

    /// Words an aside is made of.
    static let asideWords: Set<String> = [
        "again", "sorry", "apologies", "apologize", "apologise", "oops", "dup", "dupe", "duplicate", "repeat",
        "repeated", "already", "listed", "above", "twice", "my", "bad", "lol", "haha", "ha", "same", "as", "i", "know",
        "mentioned", "typo", "ignore", "this", "one", "the", "see", "also",
    ]

    /// True when `text` holds an HTML tag (`<script>`, `</b>`, `<img src=…>`): markup, not a
    /// name. `Name <address>`, `<https://…>` and other words in angle brackets are not tags.
    static func looksLikeMarkup(_ text: String) -> Bool {
        var scalars = text.unicodeScalars[...]
        while let open = scalars.firstIndex(of: "<") {
            var rest = scalars[scalars.index(after: open)...]
            if rest.first == "/" { rest = rest.dropFirst() }
            let name = String(
                String.UnicodeScalarView(rest.prefix { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
            let after = rest.dropFirst(name.unicodeScalars.count).first
            if htmlTags.contains(name.lowercased()), after == ">" || after == " " || after == "/" { return true }
            scalars = rest
        }
        return false
    }

    /// Tags that HTML pasted into a list, or an attack hidden in one, is made of.
    static let htmlTags: Set<String> = [
        "script", "style", "iframe", "img", "svg", "object", "embed", "a", "b", "i", "u", "em", "strong", "br", "p",
        "div", "span", "font", "table", "tr", "td", "th", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6",
        "form", "input", "button", "textarea", "link", "meta", "html", "body", "head", "title", "marquee", "video",
        "audio", "base", "frame", "frameset",
    ]

    /// A label that is a row of totals (`Total: 3`, `Count`), not a person.
    static func isTotalLabel(_ name: String) -> Bool {
        ["total", "totals", "subtotal", "grand total", "sum", "count", "gesamt", "summe", "totale"].contains(
            words(name).map(bare).joined(separator: " "))
    }

    /// Why a name vouch reads as a person may still not be one (it holds digits), or nil.
    static func doubt(aboutName name: String) -> String? {
        name.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
            ? "the name holds digits: vouch is not sure this line names a person" : nil
    }

    /// Short notes that stand on a line of their own in e-mails and lists.
    static let fillers: Set<String> = [
        "fyi", "fwd", "fw", "ps", "btw", "nb", "asap", "see below", "below", "attached", "see attached", "tbd", "na",
        "none", "misc", "etc", "notes", "note", "todo", "to do",
    ]

    /// Words that join the capitalised words of a name or company.
    static let connectors: Set<String> = [
        "of", "and", "the", "for", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le",
        "y", "e", "bin", "al", "ten", "ter", "&", "on", "in", "und", "et", "do", "dos", "das",
    ]

    /// Lower-case particles inside names (`Maria do Carmo`, `Ana de la Cruz`).
    static let nameParticles: Set<String> = [
        "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "la", "le", "y", "e", "bin", "al", "ten",
        "ter", "do", "dos", "das",
    ]

    /// Words of sentences that no name, company or title is made of.
    static let clauseWords: Set<String> = [
        "i", "i'm", "im", "i'd", "i've", "me", "my", "we", "our", "us", "you", "your", "you're", "he", "she", "him",
        "her", "his", "they", "them", "their", "it", "its", "this", "that", "these", "those", "there", "here",
        "here's", "is", "are", "was", "were", "be", "been", "would", "could", "should", "will", "can", "may",
        "might", "do", "does", "did", "have", "has", "had", "not", "no", "any", "all", "some", "if", "so", "but",
        "or", "to", "from", "with", "at", "about", "as", "by", "what", "who", "why", "when", "how", "which",
        "please", "thanks", "thank", "love", "like", "want", "meet", "met", "know", "knows", "just", "also", "very",
        "really", "possible", "pressure", "sent", "folks", "people", "list", "introduce", "introduction", "intro",
        "intros", "hope", "hoping", "great", "again", "let", "know", "appreciate", "help", "offering", "while",
        "an", "a", "on", "in", "for", "and", "the", "of",
    ]

    /// Clause words that are also given names or surnames, read as names when capitalised.
    static let nameLikeClauseWords: Set<String> = [
        "will", "may", "hope", "love", "can", "do", "an", "al", "le", "la", "so", "are", "be", "just", "sent",
        "great", "very", "her", "his", "about", "by", "at", "in", "on", "and", "of", "the", "for", "a", "to", "let",
        "like", "meet", "help", "all", "no", "some",
    ]

    /// Words that make a phrase a job title.
    static let titleWords: Set<String> = [
        "ceo", "cfo", "coo", "cto", "cio", "cmo", "cro", "cpo", "vp", "svp", "evp", "avp", "president", "director",
        "manager", "head", "lead", "leader", "partner", "founder", "cofounder", "co-founder", "owner", "principal",
        "engineer", "developer", "designer", "architect", "analyst", "consultant", "advisor", "adviser",
        "executive", "officer", "chief", "associate", "specialist", "coordinator", "recruiter", "counsel",
        "attorney", "lawyer", "planner", "accountant", "controller", "treasurer", "chair", "chairman",
        "chairwoman", "board", "member", "editor", "writer", "producer", "scientist", "researcher", "professor",
        "teacher", "nurse", "physician", "doctor", "agent", "broker", "representative", "rep", "account", "sales",
        "marketing", "operations", "product", "hr", "talent", "acquisition", "senior", "sr", "junior", "staff",
        "intern", "administrator", "strategist", "investor", "vice", "general", "managing", "md",
    ]
}
