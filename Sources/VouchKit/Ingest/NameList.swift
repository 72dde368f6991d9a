/// Splits the `TO` field of messages: names joined by `,` with no quoting, where a name may
/// itself hold commas (`Femi O SPHRi, CPHR`; `Ada Okafor, MBA, PMP`).
///
/// The pieces between commas are joined back against the names that can occur there (the
/// owner's, the senders', the connections'), longest first. A piece that starts no known name
/// is a name of its own, with the credentials that follow it (`MBA`, `PMP`).
enum NameList {
    /// The most pieces one name spans (a name and three credentials).
    static let longestName = 4

    /// The names in `text`, and whether the split is settled: false when a one-word piece
    /// (a credential, or a one-word name) was placed by guess rather than by a known name,
    /// so that the answer may change once more names are known. `isKnown` is asked about
    /// each candidate, and whether it joins several pieces.
    static func split(_ text: String, isKnown: (PersonName, _ joined: Bool) -> Bool) -> (
        names: [String], settled: Bool
    ) {
        let pieces = text.split(separator: ",").map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        var names: [String] = []
        var settled = true
        var start = 0
        while start < pieces.count {
            var end = min(pieces.count, start + longestName)
            while end > start {
                if isKnown(PersonName(pieces[start..<end].joined(separator: ", ")), end - start > 1) { break }
                end -= 1
            }
            if end == start {
                // Known to no one: the piece, and the credentials after it.
                end = start + 1
                if PersonName.fold(pieces[start]).count < 2 { settled = false }
                while end < pieces.count, isCredential(pieces[end]) {
                    end += 1
                    settled = false
                }
            }
            names.append(pieces[start..<end].joined(separator: ", "))
            start = end
        }
        return (names, settled)
    }

    /// True for a piece that is a credential or a suffix (`MBA`, `Jr.`), not a name.
    static func isCredential(_ piece: String) -> Bool {
        let tokens = PersonName.fold(piece)
        return !tokens.isEmpty && tokens.allSatisfy(PersonName.suffixes.contains)
    }
}
