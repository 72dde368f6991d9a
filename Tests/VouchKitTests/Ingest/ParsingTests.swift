import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchIO

struct DateParserTests {
    @Test(arguments: [
        ("2025-12-05 01:20:51 UTC", "2025-12-05"),
        ("2024/12/07 14:51:07 UTC", "2024-12-07"),
        ("2024-02-19 17:32:21", "2024-02-19"),
        ("14 Aug 2019", "2019-08-14"),
        ("04 Dec 2025", "2025-12-04"),
        ("1/8/18, 6:14 PM", "2018-01-08"),
        ("10/21/25, 10:26 PM", "2025-10-21"),
        ("12/09/22, 07:18 PM", "2022-12-09"),
        ("Jun 2018", "2018-06-01"),
        ("2019", "2019-01-01"),
        ("23-Apr-23", "2023-04-23"),
        ("16.09.2021", "2021-09-16"),
        ("Aug 14, 2019", "2019-08-14"),
        ("September 2020", "2020-09-01"),
        ("Sept 3, 2020", "2020-09-03"),
        ("sep 2020", "2020-09-01"),
        ("3 DECEMBER 2021 10:00 am GMT", "2021-12-03"),
        ("25/12/2020", "2020-12-25"),
    ])
    func parsesEveryExportForm(_ input: String, _ expected: String) {
        #expect(DateParser.parse(input)?.day.description == expected)
    }

    @Test(arguments: [
        "", "NA", "not a date", "2021-13-45 00:00:00 UTC", "31 Feb 2021", "Present", "12345678901",
        "55555555555555552038",  // found by fuzzing: a long digit run overflowed
        "99999999999999999999999999/1/1",
        "2021-1x-05 00:00:00 UTC",
        "Septembers 2020", "Septemb 2020", "Junee 2018", "3 Augustus 2019", "Jun 2018 tomorrow",
    ])
    func rejectsNonDates(_ input: String) {
        #expect(DateParser.parse(input) == nil)
    }

    @Test func precision() {
        #expect(DateParser.parse("Jun 2018")?.precision == .month)
        #expect(DateParser.parse("2019")?.precision == .year)
        #expect(DateParser.parse("14 Aug 2019")?.precision == .day)
    }

    @Test func calendarDayRoundTrips() {
        // Every day from 1900-01-01 to 2200-12-31, the whole range dates are read in.
        let first = Int32(-25_567)
        #expect(CalendarDay(year: 1900, month: 1, day: 1)?.ordinal == first)
        #expect(CalendarDay(year: 1970, month: 1, day: 1)?.ordinal == 0)
        var previous: CalendarDay?
        for ordinal in first...Int32(84_370) {
            let day = CalendarDay(ordinal: ordinal)
            let parts = day.components
            #expect(CalendarDay(year: parts.year, month: parts.month, day: parts.day) == day)
            if let previous, previous.ordinal + 1 != ordinal { Issue.record("gap before \(ordinal)") }
            previous = day
        }
        #expect(CalendarDay(ordinal: 84_370).components == (2200, 12, 31))
        // Days that do not exist, and years outside the range.
        #expect(CalendarDay(year: 2100, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2024, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2024, month: 12, day: 32) == nil)
        #expect(CalendarDay(year: 2024, month: 1, day: 0) == nil)
        #expect(CalendarDay(year: 2024, month: 13, day: 1) == nil)
        #expect(CalendarDay(year: 1899, month: 12, day: 31) == nil)
        #expect(CalendarDay(year: 2201, month: 1, day: 1) == nil)
    }

    /// Active months are counted from `month`, which the messages fold reuses while a row's
    /// day stays within the span.
    @Test func monthSpansItsDays() {
        for ordinal in Int32(10_900)...Int32(12_500) {
            let day = CalendarDay(ordinal: ordinal)
            let parts = day.components
            let month = day.month
            #expect(month.index == Int32(parts.year * 12 + parts.month - 1))
            #expect((month.first...month.last).contains(ordinal))
            #expect(CalendarDay(ordinal: month.first).components.day == 1)
            #expect(CalendarDay(ordinal: month.last + 1).components.day == 1)
            #expect(CalendarDay(ordinal: month.last).month.index == month.index)
        }
    }
}

struct ProfileKeyTests {
    @Test func everySpellingJoins() {
        let spellings = [
            "https://www.linkedin.com/in/elbio-gonz%C3%A1lez-a3566718a",
            "https://www.linkedin.com/in/elbio-gonzález-a3566718a",
            "www.linkedin.com/in/elbio-gonzález-a3566718a",
            "/in/elbio-gonz%c3%a1lez-a3566718a/",
            "https://de.linkedin.com/in/Elbio-Gonzalez-A3566718A".replacingOccurrences(
                of: "Gonzalez", with: "González"),
            "https://www.linkedin.com/in/elbio-gonz%C3%A1lez-a3566718a?miniProfileUrn=urn%3Ali%3Afs",
            "linkedin.com/in/elbio-gonz%C3%A1lez-a3566718a#about",
        ]
        let keys = Set(spellings.compactMap(ProfileKey.init(url:)))
        #expect(keys.count == 1)
        #expect(keys.first?.slug == "elbio-gonzález-a3566718a")
    }

    @Test func decomposedUnicodeJoinsComposed() {
        let decomposed = "https://www.linkedin.com/in/zoe\u{0308}-mu\u{0308}ller"
        #expect(ProfileKey(url: decomposed) == ProfileKey(url: "https://www.linkedin.com/in/zoë-müller"))
    }

    /// Keys are compared and hashed as bytes, so every spelling of a slug must end in the same
    /// bytes: decomposed Hangul (jamo, no combining marks) and the Ångström sign included.
    @Test(arguments: [
        ("\u{1112}\u{1161}\u{11AB}-\u{1100}\u{1161}\u{11BC}", "한-강"), ("\u{212B}ngstr\u{F6}m", "\u{C5}ngstr\u{F6}m"),
        ("%E1%84%92%E1%85%A1%E1%86%AB", "%ED%95%9C"),
    ])
    func everySpellingGivesTheSameBytes(_ spellings: (String, String)) throws {
        let first = try #require(ProfileKey(url: "https://www.linkedin.com/in/" + spellings.0))
        let second = try #require(ProfileKey(url: "https://www.linkedin.com/in/" + spellings.1))
        #expect(Array(first.slug.utf8) == Array(second.slug.utf8))
        #expect(first == second)
        #expect(Set([first, second]).count == 1)
    }

    /// A bare slug (a library caller's, a test's) is the same key as its URL's, however spelled.
    @Test func aBareSlugIsNormalisedLikeAURL() {
        let pairs = [
            ("Ana-Sousa-1B2C3D", "https://www.linkedin.com/in/ana-sousa-1b2c3d/"),
            ("ZOE\u{0308}-Müller", "https://www.linkedin.com/in/zo%C3%AB-m%C3%BCller"),
            ("\u{1112}\u{1161}\u{11AB}-\u{1100}\u{1161}\u{11BC}", "https://www.linkedin.com/in/한-강"),
        ]
        for (slug, url) in pairs {
            let key = ProfileKey(slug: slug)
            #expect(key == ProfileKey(url: url), "\(slug)")
            #expect(Array(key.slug.utf8) == ProfileKey(url: url).map { Array($0.slug.utf8) }, "\(slug)")
        }
    }

    @Test(arguments: [
        "", "https://www.linkedin.com/in", "https://www.linkedin.com/in/", "https://example.com/in/jane",
        "https://www.linkedin.com/sales/lead/ACwAAA,NAME_SEARCH,abcd", "https://www.linkedin.com/company/acme",
    ])
    func notAPublicProfile(_ url: String) {
        #expect(ProfileKey(url: url) == nil)
    }

    @Test func legacyPublicURL() {
        #expect(ProfileKey(url: "http://www.linkedin.com/pub/jane-doe/12/345/678")?.slug == "pub/jane-doe/12/345/678")
    }
}

struct TextDecodingTests {
    @Test func repairsMojibake() {
        #expect(TextDecoding.repairMojibake("JosÃ© GarcÃ­a") == "José García")
        #expect(TextDecoding.repairMojibake("Iâ€™m") == "I’m")
        #expect(TextDecoding.repairMojibake("José García") == "José García")
        #expect(TextDecoding.repairMojibake("Zoë Müller") == "Zoë Müller")
        #expect(TextDecoding.repairMojibake("plain") == "plain")
        // The byte search that lets most text through never hides a repair: the mojibake of
        // every character of two UTF-8 bytes, and of a sample of three and four, is repaired,
        // alone, after other text and before it.
        let samples =
            Array(0x80...0x7FF) + Array(stride(from: 0x800, through: 0xFFFF, by: 61))
            + Array(stride(from: 0x10000, through: 0x10FFFF, by: 4099))
        for value in samples {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let original = String(scalar)
            let mojibake = TextDecoding.windows1252(Array(original.utf8))
            for (text, repaired) in [
                (mojibake, original), ("ab" + mojibake, "ab" + original), (mojibake + "cd", original + "cd"),
            ] {
                #expect(TextDecoding.repairMojibake(text) == repaired, "U+\(String(value, radix: 16)) in \(text)")
            }
        }
        // And it lets through accented names, which need no repair.
        for name in ["José", "Renée Çelik", "Zoë Müller-Lang", "Łukasz Wróbel", "Ngô Bảo Châu", "Ã", ""] {
            #expect(!TextDecoding.mayBeMojibake(name), "\(name)")
        }
        #expect(TextDecoding.mayBeMojibake("JosÃ©"))
    }

    @Test func windows1252Fallback() {
        let decoded = TextDecoding.decode([0x4A, 0x6F, 0x73, 0xE9, 0x20, 0x93, 0x78, 0x94])
        #expect(decoded.usedWindows1252)
        #expect(decoded.text == "José “x”")
    }

    /// Byte sequences at the edges of UTF-8: overlong forms, surrogates, beyond U+10FFFF,
    /// truncated sequences, stray continuation bytes, and a real U+FFFD.
    @Test func invalidUTF8IsToldApartExactly() {
        let cases: [[UInt8]] = [
            [0x61], [0xC3, 0xA9], [0xC3], [0xA9], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
            [0xEF, 0xBF, 0xBD], [0xF0, 0x9F, 0x98, 0x80], [0xF0, 0x9F, 0x98], [0xF4, 0x90, 0x80, 0x80],
            [0xF5, 0x80, 0x80, 0x80], [0xFF], [0x61, 0xE2, 0x80, 0x99, 0x62], [0x61, 0xE2, 0x80, 0x62],
        ]
        for bytes in cases {
            let expected = String(validating: bytes, as: UTF8.self)
            #expect(bytes.withUnsafeBufferPointer(TextDecoding.decodeIfValid) == expected, "\(bytes)")
            #expect(TextDecoding.decode(bytes[...]).usedWindows1252 == (expected == nil), "\(bytes)")
        }
    }

    @Test func trimmingWhitespaceMatchesFoundation() {
        let cases = [
            "  Zoë Müller\t", "\u{00A0}x\u{3000}", "\n a \n", "", "   ", " \u{301}abc", "\u{2009}\u{200B}a\u{202F}",
            "a", "\t\t",
        ]
        for text in cases {
            #expect(
                text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
            let inner = text.dropFirst()
            #expect(inner.trimmingWhitespace() == inner.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func separatorSearchFindsWhatFoundationFinds() {
        let texts = [
            "Zoë Müller - Head of Sales at Contoso", "José García — met at the summit", "a - b - c", "no separator",
            "", " - ", "Łukasz Żak, Fabrikam: intro please", "日本 太郎 at 株式会社", "Ana -- Beta",
        ]
        for text in texts {
            for (target, pattern) in [(" - ", " - " as StaticString), (" at ", " at "), ("—", "—"), (": ", ": ")] {
                let expected = text.range(of: target).map { text[$0.lowerBound...] }
                let found = text.firstRange(ofBytes: pattern).map { text[$0.lowerBound...] }
                #expect(found == expected, "\(text) / \(target)")
                let tail = text.dropFirst(2)
                #expect(
                    tail.firstRange(ofBytes: pattern).map { tail[$0.lowerBound...] }
                        == tail.range(of: target).map { tail[$0.lowerBound...] }, "\(tail) / \(target)")
            }
        }
    }

    @Test func latinLowerCasingMatchesTheStandardLibrary() {
        let scalars = (0x20..<0x250).compactMap { Unicode.Scalar(UInt32($0)) }.map(String.init)
        for (offset, scalar) in scalars.enumerated() {
            let text = "Ä\(scalar)ß" + scalars[(offset * 7) % scalars.count]
            #expect(LatinCase.lowercased(text) == text.lowercased(), "\(text)")
        }
        #expect(LatinCase.lowercased("ZOË İSTANBUL Ἀ") == "ZOË İSTANBUL Ἀ".lowercased())
    }

    @Test func latinLowerCasingOnBytesMatchesTheStandardLibraryOrDeclines() {
        func lowered(_ bytes: [UInt8]) -> String? { bytes.withUnsafeBufferPointer(LatinCase.lowercased(utf8:)) }
        // Every scalar below the table's end, between others, as ProfileKey hands them over.
        let scalars = (0x20..<0x250).compactMap { Unicode.Scalar(UInt32($0)) }.map(String.init)
        var declined = 0
        for (offset, scalar) in scalars.enumerated() {
            let text = "Ä\(scalar)ß" + scalars[(offset * 7) % scalars.count]
            if let result = lowered(Array(text.utf8)) {
                #expect(result == text.lowercased(), "\(text)")
            } else {
                declined += 1
            }
        }
        #expect(declined <= 4)  // only scalars whose lower case is several (İ), and their neighbours
        #expect(lowered(Array("ZOË-MÜLLER-Ⱥ".utf8)) == "zoë-müller-ⱥ")
        // Beyond the table, combining marks, other scripts and broken UTF-8: the general path.
        #expect(lowered(Array("İstanbul".utf8)) == nil)
        #expect(lowered(Array("zoe\u{308}".utf8)) == nil)
        #expect(lowered(Array("Ἀθήνα".utf8)) == nil)
        #expect(lowered([0x7A, 0xC3]) == nil)
        #expect(lowered([0x7A, 0xC3, 0x28]) == nil)
        #expect(lowered([0xC1, 0x81]) == nil)
    }

    @Test func utf16InChunksOfOneByte() {
        let text = "Zoë,𝄞 Müller\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var stream = TextDecodingStream()
        var output: [UInt8] = []
        for byte in bytes { [byte].withUnsafeBufferPointer { stream.feed($0) { output += $0 } } }
        stream.finish { output += $0 }
        #expect(String(decoding: output, as: UTF8.self) == text)
        #expect(stream.encoding == .utf16LittleEndian)
    }

    @Test func utf16WithoutBOMIsRecognised() {
        var bytes: [UInt8] = []
        for unit in "Name,Company\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var stream = TextDecodingStream()
        var output: [UInt8] = []
        bytes.withUnsafeBufferPointer { stream.feed($0) { output += $0 } }
        stream.finish { output += $0 }
        #expect(String(decoding: output, as: UTF8.self) == "Name,Company\n")
        #expect(stream.guessedWithoutBOM)
    }
}
