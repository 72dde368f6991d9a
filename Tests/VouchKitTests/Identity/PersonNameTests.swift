import Testing

@testable import VouchIdentity

struct PersonNameTests {
    /// Every scalar of Latin-1 and Latin Extended-A and B, plus the punctuation names carry.
    static let latinScalars: [String] =
        (0x20..<0x250).compactMap { Unicode.Scalar(UInt32($0)) }.map(String.init)
        + ["\u{2019}"]

    /// Names in Latin scripts take the table path; it must fold exactly as the general rules,
    /// whatever sits around each scalar (the dot rule depends on the token so far).
    @Test func latinTableFoldsLikeTheGeneralRules() {
        var differences: [String] = []
        for scalar in Self.latinScalars {
            for text in ["é\(scalar)", "Zoë \(scalar)x", "Jö\(scalar).", "ö\(scalar)\(scalar)ab. c", "\(scalar)ñ"]
            where PersonName.fold(text) != PersonName.foldUnicode(text) {
                differences.append("\(text): \(PersonName.fold(text)) vs \(PersonName.foldUnicode(text))")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(5))")
    }

    @Test func latinNamesFoldToPlainTokens() {
        #expect(PersonName("Dr. Zoë Müller-Lang, CFP").tokens == ["zoe", "muller", "lang"])
        #expect(PersonName("Tomás Yılmaz").tokens == ["tomas", "yılmaz"])
        #expect(PersonName("Jörg Weiß").tokens == ["jorg", "weiss"])
        #expect(PersonName("Siobhán O’Brien").tokens == ["siobhan", "obrien"])
        #expect(PersonName("Łukasz Wójcik").tokens == ["łukasz", "wojcik"])
    }

    @Test func textBeyondLatinTakesTheGeneralRules() {
        #expect(PersonName("Zoe\u{0308} Mu\u{0308}ller").tokens == ["zoe", "muller"])
        #expect(PersonName("Ἀλέξανδρος Müller").tokens == PersonName.foldUnicode("Ἀλέξανδρος Müller"))
    }
}
