import VouchIO
import VouchIdentity

/// Splits the `TO` field of messages: names joined by `,` with no quoting, where a name may
/// itself hold commas (`Femi O SPHRi, CPHR`; `Ada Okafor, MBA, PMP`).
///
/// The pieces between commas are joined back against the names that can occur there (the
/// owner's, the senders', the connections'), longest first. What follows a comma inside a
/// name is a credential or a surname part, one word without spaces (`MBA`, `CCMP(Prosci)`,
/// `Ph.D.`), so a piece with a space starts a name and only one-word pieces are joined to
/// the piece before them. A piece that starts no known name is a name of its own, with the
/// credentials that follow it (`MBA`, `PMP`).
enum NameList {
    /// The most pieces one name spans (a name and three credentials).
    static let longestName = 4

    /// The names in `text` with their folded forms, and whether the split is settled: false
    /// when a one-word piece was placed by guess rather than by a known name, so that the
    /// answer may change once more names are known. `isKnown` is asked about each candidate,
    /// and whether it joins several pieces.
    static func split(_ text: String, isKnown: (PersonName, _ joined: Bool) -> Bool) -> (
        names: [(text: String, folded: PersonName)], settled: Bool
    ) {
        let pieces = text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        var names: [(text: String, folded: PersonName)] = []
        var settled = true
        var start = 0
        while start < pieces.count {
            // The candidates: this piece and the one-word pieces after it, longest first.
            var longest = start + 1
            while longest < min(pieces.count, start + longestName), !pieces[longest].utf8.contains(ASCII.space) {
                longest += 1
            }
            var found: (end: Int, name: String, folded: PersonName)?
            for end in stride(from: longest, to: start, by: -1) {
                let name = end == start + 1 ? pieces[start] : pieces[start..<end].joined(separator: ", ")
                let folded = PersonName(name)
                if isKnown(folded, end - start > 1) {
                    found = (end, name, folded)
                    break
                }
                if end == start + 1 {
                    // Known to no one: the piece, and the credentials after it.
                    var end = end
                    if folded.tokens.count < 2 { settled = false }
                    while end < longest, isCredential(pieces[end]) {
                        end += 1
                        settled = false
                    }
                    let whole = end == start + 1 ? name : pieces[start..<end].joined(separator: ", ")
                    found = (end, whole, end == start + 1 ? folded : PersonName(whole))
                }
            }
            guard let found else { break }
            names.append((found.name, found.folded))
            start = found.end
        }
        return (names, settled)
    }

    /// True for a piece that is a credential or a suffix, not a name: a known one (`MBA`,
    /// `Jr.`, `PhD`), or one word that starts with two or more capitals and no small letter
    /// (`ACIPM`, `CCMP(Prosci)`).
    static func isCredential(_ piece: String) -> Bool {
        let tokens = PersonName.fold(piece)
        if !tokens.isEmpty && tokens.allSatisfy(PersonName.suffixes.contains) { return true }
        let head = piece.prefix(while: \.isLetter)
        return !piece.utf8.contains(ASCII.space) && head.count >= 2 && head.allSatisfy(\.isUppercase)
    }
}
