/// A date read from an export, with how precise the source was.
public struct ParsedDate: Hashable, Sendable {
    /// How much of the date the text gave.
    public enum Precision: String, Sendable { case day, month, year }

    /// The day (the first of the month or year when less precise).
    public let day: CalendarDay
    /// How precise the text was.
    public let precision: Precision
}

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
    public static func parse<Bytes: Collection>(_ text: Bytes) -> ParsedDate? where Bytes.Element == UInt8 {
        if let fast = parseISO(text) { return fast }
        return parseTokens(text)
    }

    /// Parses a string (see ``parse(_:)-6w0ci``).
    public static func parse(_ text: String) -> ParsedDate? {
        parse(Array(text.utf8))
    }

    /// The fast path for `yyyy-MM-dd…` and `yyyy/MM/dd…`, the forms of the large files.
    private static func parseISO<Bytes: Collection>(_ text: Bytes) -> ParsedDate? where Bytes.Element == UInt8 {
        var values = (year: 0, month: 0, day: 0)
        var position = 0
        var separator: UInt8 = 0
        for byte in text {
            if position == 10 { break }
            if position == 4 || position == 7 {
                guard byte == 0x2D || byte == 0x2F, separator == 0 || separator == byte else { return nil }
                separator = byte
            } else {
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                let digit = Int(byte - 0x30)
                switch position {
                case 0..<4: values.year = values.year * 10 + digit
                case 5, 6: values.month = values.month * 10 + digit
                default: values.day = values.day * 10 + digit
                }
            }
            position += 1
        }
        guard position == 10, let date = CalendarDay(year: values.year, month: values.month, day: values.day) else {
            return nil
        }
        return ParsedDate(day: date, precision: .day)
    }

    private enum Token {
        case number(value: Int, digits: Int)
        case month(Int)
    }

    private static func parseTokens<Bytes: Collection>(_ text: Bytes) -> ParsedDate? where Bytes.Element == UInt8 {
        var tokens: [Token] = []
        var firstSeparator: UInt8?
        var number = 0
        var numberDigits = 0
        var word: [UInt8] = []

        func flush() -> Bool {
            if numberDigits > 0 {
                guard numberDigits <= 4 else { return false }
                tokens.append(.number(value: number, digits: numberDigits))
                number = 0
                numberDigits = 0
            }
            if !word.isEmpty {
                defer { word.removeAll() }
                if let month = monthNumber(word) {
                    tokens.append(.month(month))
                } else if !ignorableWords.contains(word) {
                    return false
                }
            }
            return true
        }

        for byte in text {
            switch byte {
            case 0x30...0x39:
                if !word.isEmpty { guard flush() else { return nil } }
                // Past four digits it is not a date part; stop before the value can overflow.
                if numberDigits < 5 { number = number * 10 + Int(byte - 0x30) }
                numberDigits += 1
            case 0x41...0x5A, 0x61...0x7A:
                if numberDigits > 0 { guard flush() else { return nil } }
                word.append(byte | 0x20)
            default:
                if numberDigits > 0 && tokens.count == 0 && firstSeparator == nil { firstSeparator = byte }
                guard flush() else { return nil }
            }
        }
        guard flush() else { return nil }
        return interpret(tokens, separator: firstSeparator)
    }

    private static func interpret(_ tokens: [Token], separator: UInt8?) -> ParsedDate? {
        var numbers: [(value: Int, digits: Int)] = []
        var month: Int?
        var monthPosition = -1
        for (position, token) in tokens.enumerated() {
            switch token {
            case .number(let value, let digits): numbers.append((value, digits))
            case .month(let value):
                if month == nil {
                    month = value
                    monthPosition = position
                }
            }
        }
        func year(_ entry: (value: Int, digits: Int)) -> Int? {
            switch entry.digits {
            case 4: return entry.value
            case 2, 1: return 2000 + entry.value
            default: return nil
            }
        }
        if let month {
            if numbers.isEmpty { return nil }
            if numbers.count == 1 || (monthPosition == 0 && numbers[0].digits == 4) {
                // `Jun 2018`
                guard numbers[0].digits == 4, let date = CalendarDay(year: numbers[0].value, month: month, day: 1)
                else { return nil }
                return ParsedDate(day: date, precision: .month)
            }
            // `14 Aug 2019`, `23-Apr-23`, `Aug 14, 2019`
            guard numbers[0].digits <= 2, let yearValue = year(numbers[1]),
                let date = CalendarDay(year: yearValue, month: month, day: numbers[0].value)
            else { return nil }
            return ParsedDate(day: date, precision: .day)
        }
        guard let first = numbers.first else { return nil }
        if first.digits == 4 {
            if numbers.count == 1 {
                guard let date = CalendarDay(year: first.value, month: 1, day: 1) else { return nil }
                return ParsedDate(day: date, precision: .year)
            }
            if numbers.count == 2 {
                guard let date = CalendarDay(year: first.value, month: numbers[1].value, day: 1) else { return nil }
                return ParsedDate(day: date, precision: .month)
            }
            guard let date = CalendarDay(year: first.value, month: numbers[1].value, day: numbers[2].value)
            else { return nil }
            return ParsedDate(day: date, precision: .day)
        }
        guard numbers.count >= 3, let yearValue = year(numbers[2]), numbers[2].digits != 1 else { return nil }
        var (monthValue, dayValue) = (numbers[0].value, numbers[1].value)
        if separator != 0x2F || monthValue > 12 {
            (monthValue, dayValue) = (dayValue, monthValue)
        }
        guard let date = CalendarDay(year: yearValue, month: monthValue, day: dayValue) else { return nil }
        return ParsedDate(day: date, precision: .day)
    }

    private static func monthNumber(_ word: [UInt8]) -> Int? {
        guard word.count >= 3 else { return nil }
        let prefix = Array(word.prefix(3))
        guard let index = monthPrefixes.firstIndex(of: prefix) else { return nil }
        if word.count > 3 {
            let full = Array(monthNames[index].utf8)
            guard word == full || (word.count == 4 && word == Array(full.prefix(4))) else { return nil }
        }
        return index + 1
    }

    private static let monthNames = [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ]
    private static let monthPrefixes = monthNames.map { Array($0.utf8.prefix(3)) }
    private static let ignorableWords: Set<[UInt8]> = Set(["am", "pm", "utc", "gmt", "z", "t"].map { Array($0.utf8) })
}
