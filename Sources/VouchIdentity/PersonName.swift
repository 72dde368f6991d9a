import Foundation
import VouchIO

/// A person's name reduced to what matching needs: folded tokens without titles, credentials
/// or suffixes.
///
/// `Dr. Zoë Müller-Lang, CFP` and `zoe muller lang` give the same tokens. The first token is
/// the given name, the last the family name; middle names and initials sit between.
public struct PersonName: Hashable, Sendable {
    /// Folded tokens: lower-case ASCII-like letters and digits, no diacritics or punctuation.
    public let tokens: [String]

    /// Normalises a full name.
    public init(_ text: String) {
        let repaired = TextDecoding.repairMojibake(text)
        var tokens = PersonName.fold(repaired)
        // Credentials and generational suffixes: `Jr.`, `MBA`, `CFP®`, `PhD` (only at the end,
        // and never the only token left).
        while tokens.count > 1, let last = tokens.last, PersonName.suffixes.contains(last) {
            tokens.removeLast()
        }
        while tokens.count > 1, let first = tokens.first, PersonName.honorifics.contains(first) {
            tokens.removeFirst()
        }
        self.tokens = tokens
    }

    /// Normalises a name given as separate first and last names.
    public init(first: String, last: String) {
        self.init(first + " " + last)
    }

    /// The given name token, or "" for an empty name.
    public var first: String { tokens.first ?? "" }
    /// The family name token, or "" for an empty name.
    public var last: String { tokens.count > 1 ? tokens[tokens.count - 1] : "" }
    /// True when nothing usable is left.
    public var isEmpty: Bool { tokens.isEmpty }
    /// All tokens joined by spaces: a key for exact lookups.
    public var key: String { tokens.joined(separator: " ") }

    /// Folds text to lower-case tokens without diacritics or punctuation. Hyphenated and
    /// apostrophe names are split (`Müller-Lang` -> `muller`, `lang`; `O'Brien` -> `o`, `brien`
    /// is avoided by joining apostrophes: `obrien`).
    public static func fold(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return foldASCII(text) }
        return foldLatin(text) ?? foldUnicode(text)
    }

    /// The general folding: canonical decomposition, then the combining marks dropped
    /// (`Zoë` -> `zoe`), letters and digits lower-cased, anything else a separator.
    static func foldUnicode(_ text: String) -> [String] {
        tokens(text.decomposedStringWithCanonicalMapping.unicodeScalars.lazy.map(ScalarFold.init(decomposed:))) ?? []
    }

    /// ``fold(_:)`` by table for text in Latin scripts (`Zoë Müller`, `Tomás Yılmaz`), which
    /// makes up most non-ASCII names; nil for text the table does not cover. No scalar in the
    /// table combines with its neighbours, so folding each on its own folds the whole.
    private static func foldLatin(_ text: String) -> [String]? {
        tokens(
            text.unicodeScalars.lazy.map { scalar in
                if scalar.value < LatinCase.limit { return latinFolds[Int(scalar.value)] }
                return scalar == "\u{2019}" ? .apostrophe : .unsupported
            })
    }

    /// Builds the tokens from the folds of successive scalars; nil at an unsupported one.
    private static func tokens(_ folds: some Sequence<ScalarFold>) -> [String]? {
        var tokens: [String] = []
        var current = ""
        var currentScalars = 0
        func flush() {
            if currentScalars > 0 { tokens.append(current) }
            current = ""
            currentScalars = 0
        }
        for fold in folds {
            switch fold {
            case .letters(let letters, let scalars):
                current += letters
                currentScalars += scalars
            case .apostrophe:
                continue
            case .dot where currentScalars > 1:
                continue
            case .dot, .separator:
                flush()
            case .unsupported:
                return nil
            }
        }
        flush()
        return tokens
    }

    /// What one scalar does to the token being built.
    private enum ScalarFold {
        /// Letters or digits to append (none for a combining mark), and how many scalars.
        case letters(String, scalars: Int)
        case apostrophe
        /// Dropped inside a token of two or more scalars (`Jr.`), else a separator.
        case dot
        case separator
        /// A scalar the table does not cover: the general path decides.
        case unsupported

        /// A scalar of canonically decomposed text.
        init(decomposed scalar: Unicode.Scalar) {
            let properties = scalar.properties
            if scalar == "'" || scalar == "\u{2019}" {
                self = .apostrophe
            } else if scalar == "." {
                self = .dot
            } else if properties.generalCategory == .nonspacingMark {
                self = .letters("", scalars: 0)
            } else if properties.isAlphabetic || properties.numericType != nil {
                let letters = scalar == "ß" ? "ss" : properties.lowercaseMapping
                self = .letters(letters, scalars: letters.unicodeScalars.count)
            } else {
                self = .separator
            }
        }

        /// A scalar on its own: its decomposition, folded part by part, when that is one part
        /// or a letter with its marks; unsupported when it combines with what precedes it.
        init(alone scalar: Unicode.Scalar) {
            guard scalar.properties.canonicalCombiningClass == .notReordered else {
                self = .unsupported
                return
            }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.map(
                ScalarFold.init(decomposed:))
            guard parts.count > 1 else {
                self = parts.first ?? .unsupported
                return
            }
            var letters = ""
            var scalars = 0
            for part in parts {
                guard case .letters(let more, let count) = part else {
                    self = .unsupported
                    return
                }
                letters += more
                scalars += count
            }
            self = .letters(letters, scalars: scalars)
        }
    }

    /// The fold of every scalar the Latin table covers, worked out once by the general rules.
    private static let latinFolds: [ScalarFold] = (0..<LatinCase.limit).compactMap(Unicode.Scalar.init).map(
        ScalarFold.init(alone:))

    /// The same folding for ASCII text, on bytes.
    private static func foldASCII(_ text: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case 0x30...0x39, 0x61...0x7A:
                current.append(byte)
            case 0x41...0x5A:
                current.append(byte | 0x20)
            case UInt8(ascii: "'"):
                continue
            case UInt8(ascii: ".") where current.count > 1:
                continue
            default:
                if !current.isEmpty {
                    tokens.append(String(decoding: current, as: UTF8.self))
                    current.removeAll(keepingCapacity: true)
                }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }

    /// Titles that precede a name.
    package static let honorifics: Set<String> = [
        "dr", "mr", "mrs", "ms", "miss", "mx", "prof", "professor", "rev", "sir", "dame", "hon", "fr",
        "pastor", "capt", "col", "gen", "lt", "sgt", "atty",
    ]

    /// Credentials and generational suffixes that follow a name.
    package static let suffixes: Set<String> = [
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cfp", "cpa", "cfa", "chfc", "clu", "pmp", "esq",
        "msc", "bsc", "jd", "rn", "dds", "dmd", "cfe", "cma", "cism", "cissp", "shrm", "scp", "sphr", "phr",
        "sphri", "cphr", "aif", "ricp", "cpwa", "crpc", "cams", "leed", "peng", "mcse", "acca", "fca", "cima",
        "cisa", "csm", "psm", "mfa", "edd", "dvm", "pharmd", "lcsw", "lmft", "mpa", "mph", "msw", "faia",
        "aia", "ncarb", "emba", "llm", "obe", "mbe", "cbe",
    ]
}
