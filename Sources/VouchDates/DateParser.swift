import VouchIO

/// Parses every date form found in LinkedIn exports and their Excel re-saves, by hand.
///
/// `DateFormatter` is far too slow for a million message rows and depends on locale data;
/// this parser reads the bytes once. Forms (all UTC, two-digit years are 20yy):
/// `2025-12-05 01:20:51 UTC`, `2024/12/07 14:51:07 UTC`, `14 Aug 2019`, `"1/8/18, 6:14 PM"`,
/// `12/09/22, 07:18 PM`, `Jun 2018`, `2019`, and from spreadsheets `23-Apr-23`, `16.09.2021`,
/// `2021-09-16`, `Aug 14, 2019`. Slashes read month first unless the first number cannot be a
/// month; dots and dashes between numbers read day first.
public enum DateParser {
    /// Parses `text`; nil when it is not a date in any known form.
    @inlinable public static func parse<Bytes: Collection>(_ text: Bytes) -> ParsedDate? where Bytes.Element == UInt8 {
        // On a buffer: stepping through a string's UTF-8 view byte by byte costs several times more.
        text.withByteBuffer { parseISO($0) ?? parseTokens($0) }
    }

    /// Parses a string (see ``parse(_:)-6w0ci``).
    public static func parse(_ text: String) -> ParsedDate? {
        parse(text.utf8)
    }

    /// The fast path for `yyyy-MM-dd…` and `yyyy/MM/dd…`, the forms of the large files.
    @usableFromInline static func parseISO(_ bytes: UnsafeBufferPointer<UInt8>) -> ParsedDate? {
        guard bytes.count >= 10, let base = bytes.baseAddress else { return nil }
        let separator = base[4]
        guard separator == 0x2D || separator == 0x2F, base[7] == separator else { return nil }
        // A byte that is not a digit gives a value of 10 or more.
        @inline(__always) func digit(_ index: Int) -> Int { Int(base[index] &- 0x30) }
        let digits = (digit(0), digit(1), digit(2), digit(3), digit(5), digit(6), digit(8), digit(9))
        guard digits.0 < 10, digits.1 < 10, digits.2 < 10, digits.3 < 10, digits.4 < 10, digits.5 < 10,
            digits.6 < 10, digits.7 < 10
        else { return nil }
        let year = ((digits.0 * 10 + digits.1) * 10 + digits.2) * 10 + digits.3
        guard let date = CalendarDay(year: year, month: digits.4 * 10 + digits.5, day: digits.6 * 10 + digits.7)
        else { return nil }
        return ParsedDate(day: date, precision: .day)
    }

    /// What a date's text holds, in the order read: the first three numbers, how many there
    /// were, and the first month name with its place among all numbers and names.
    private struct Tokens {
        typealias Number = (value: Int, digits: Int)
        var first: Number = (0, 0)
        var second: Number = (0, 0)
        var third: Number = (0, 0)
        var numberCount = 0
        var month: Int?
        var monthPosition = -1
        var count = 0

        mutating func add(number: Number) {
            switch numberCount {
            case 0: first = number
            case 1: second = number
            case 2: third = number
            default: break
            }
            numberCount += 1
            count += 1
        }

        mutating func add(month value: Int) {
            if month == nil {
                month = value
                monthPosition = count
            }
            count += 1
        }
    }

    /// A word of up to ``Word/maxLength`` lower-case ASCII letters packed seven bits a letter,
    /// so reading one allocates nothing.
    private struct Word: Equatable {
        static let maxLength = 9
        var packed: UInt64 = 0
        var length = 0

        init() {}

        init(_ text: String) {
            for byte in text.utf8 { append(byte) }
        }

        mutating func append(_ letter: UInt8) {
            packed = packed << 7 | UInt64(letter & 0x7F)
            length += 1
        }

        /// The first `count` letters.
        func prefix(_ count: Int) -> Word {
            var word = self
            word.packed >>= UInt64(7 * (length - count))
            word.length = count
            return word
        }
    }

    @usableFromInline static func parseTokens(_ text: UnsafeBufferPointer<UInt8>) -> ParsedDate? {
        var tokens = Tokens()
        var firstSeparator: UInt8?
        var number = 0
        var numberDigits = 0
        var word = Word()

        func flush() -> Bool {
            if numberDigits > 0 {
                guard numberDigits <= 4 else { return false }
                tokens.add(number: (number, numberDigits))
                number = 0
                numberDigits = 0
            }
            if word.length > 0 {
                defer { word = Word() }
                if let month = monthNumber(word) {
                    tokens.add(month: month)
                } else if !ignorableWords.contains(word) {
                    return false
                }
            }
            return true
        }

        for byte in text {
            switch byte {
            case 0x30...0x39:
                if word.length > 0 { guard flush() else { return nil } }
                // Past four digits it is not a date part; stop before the value can overflow.
                if numberDigits < 5 { number = number * 10 + Int(byte - 0x30) }
                numberDigits += 1
            case 0x41...0x5A, 0x61...0x7A:
                if numberDigits > 0 { guard flush() else { return nil } }
                // No month name or ignorable word is longer.
                guard word.length < Word.maxLength else { return nil }
                word.append(byte | 0x20)
            default:
                if numberDigits > 0 && tokens.count == 0 && firstSeparator == nil { firstSeparator = byte }
                guard flush() else { return nil }
            }
        }
        guard flush() else { return nil }
        return interpret(tokens, separator: firstSeparator)
    }

    private static func interpret(_ tokens: Tokens, separator: UInt8?) -> ParsedDate? {
        func year(_ entry: Tokens.Number) -> Int? {
            switch entry.digits {
            case 4: return entry.value
            case 2, 1: return 2000 + entry.value
            default: return nil
            }
        }
        let first = tokens.first
        if let month = tokens.month {
            if tokens.numberCount == 0 { return nil }
            if tokens.numberCount == 1 || (tokens.monthPosition == 0 && first.digits == 4) {
                // `Jun 2018`
                guard first.digits == 4, let date = CalendarDay(year: first.value, month: month, day: 1)
                else { return nil }
                return ParsedDate(day: date, precision: .month)
            }
            // `14 Aug 2019`, `23-Apr-23`, `Aug 14, 2019`
            guard first.digits <= 2, let yearValue = year(tokens.second),
                let date = CalendarDay(year: yearValue, month: month, day: first.value)
            else { return nil }
            return ParsedDate(day: date, precision: .day)
        }
        guard tokens.numberCount > 0 else { return nil }
        if first.digits == 4 {
            if tokens.numberCount == 1 {
                guard let date = CalendarDay(year: first.value, month: 1, day: 1) else { return nil }
                return ParsedDate(day: date, precision: .year)
            }
            if tokens.numberCount == 2 {
                guard let date = CalendarDay(year: first.value, month: tokens.second.value, day: 1) else { return nil }
                return ParsedDate(day: date, precision: .month)
            }
            guard let date = CalendarDay(year: first.value, month: tokens.second.value, day: tokens.third.value)
            else { return nil }
            return ParsedDate(day: date, precision: .day)
        }
        guard tokens.numberCount >= 3, let yearValue = year(tokens.third), tokens.third.digits != 1 else { return nil }
        var (monthValue, dayValue) = (first.value, tokens.second.value)
        if separator != 0x2F || monthValue > 12 {
            (monthValue, dayValue) = (dayValue, monthValue)
        }
        guard let date = CalendarDay(year: yearValue, month: monthValue, day: dayValue) else { return nil }
        return ParsedDate(day: date, precision: .day)
    }

    /// The month a word names: its first three letters, or the whole name, or four letters
    /// (`Sept`).
    private static func monthNumber(_ word: Word) -> Int? {
        guard word.length >= 3, let index = monthPrefixes.firstIndex(of: word.prefix(3)) else { return nil }
        if word.length > 3 {
            let full = monthWords[index]
            guard word == full || (word.length == 4 && word == full.prefix(4)) else { return nil }
        }
        return index + 1
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
    private static let monthWords = monthNames.map(Word.init)
    private static let monthPrefixes = monthWords.map { $0.prefix(3) }
    private static let ignorableWords = ["am", "pm", "utc", "gmt", "z", "t"].map(Word.init)
}
