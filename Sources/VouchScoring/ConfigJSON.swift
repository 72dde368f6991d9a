/// A JSON document read for the scoring config, every value with the byte offset it starts
/// at, so an error names the line and column. Strict RFC 8259: no comments, no trailing
/// commas; the config is a few lines a person wrote, so every mistake is worth naming.
indirect enum ConfigJSON {
    case object([Member])
    case array
    case string(String)
    /// A number as written, and whether it has no fraction or exponent.
    case number(text: String, isWhole: Bool)
    case bool(Bool)
    case null

    /// One `"name": value` of an object.
    struct Member {
        let name: String
        let nameOffset: Int
        let value: ConfigJSON
        let valueOffset: Int
    }

    /// A syntax error at a byte offset.
    struct SyntaxError: Error {
        let offset: Int
        let expected: String
    }

    /// What a value is, for "expected a number, found …".
    var kindName: String {
        switch self {
        case .object: return "an object"
        case .array: return "a list"
        case .string: return "text"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }

    /// Parses a whole document.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> ConfigJSON {
        var parser = Parser(bytes: bytes)
        parser.skipSpace()
        let value = try parser.value(expected: "a JSON object such as {\"thresholds\": {\"dunbarLimit\": 200}}")
        parser.skipSpace()
        guard parser.offset == bytes.count else {
            throw SyntaxError(offset: parser.offset, expected: "the end of the file after the closing }")
        }
        return value
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private struct Parser {
        let bytes: [UInt8]
        var offset = 0

        mutating func skipSpace() {
            while offset < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset]) { offset += 1 }
        }

        func found() -> String {
            guard offset < bytes.count else { return "the end of the file" }
            let byte = bytes[offset]
            return byte >= 0x21 && byte < 0x7F ? "'\(Character(Unicode.Scalar(byte)))'" : "byte \(byte)"
        }

        mutating func value(expected: String) throws(SyntaxError) -> ConfigJSON {
            guard offset < bytes.count else { throw SyntaxError(offset: offset, expected: expected) }
            switch bytes[offset] {
            case UInt8(ascii: "{"): return try object()
            case UInt8(ascii: "["): return try array()
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
            case UInt8(ascii: "t"): return try word("true", .bool(true))
            case UInt8(ascii: "f"): return try word("false", .bool(false))
            case UInt8(ascii: "n"): return try word("null", .null)
            default: throw SyntaxError(offset: offset, expected: expected + ", found " + found())
            }
        }

        mutating func word(_ text: String, _ value: ConfigJSON) throws(SyntaxError) -> ConfigJSON {
            let word = Array(text.utf8)
            guard bytes.count - offset >= word.count, Array(bytes[offset..<offset + word.count]) == word else {
                throw SyntaxError(offset: offset, expected: "a value (a number, text in double quotes, an object)")
            }
            offset += word.count
            return value
        }

        mutating func object() throws(SyntaxError) -> ConfigJSON {
            offset += 1
            var members: [Member] = []
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
                offset += 1
                return .object(members)
            }
            while true {
                skipSpace()
                let nameOffset = offset
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
                    throw SyntaxError(offset: offset, expected: "a name in double quotes, found " + found())
                }
                let name = try string()
                skipSpace()
                guard offset < bytes.count, bytes[offset] == UInt8(ascii: ":") else {
                    throw SyntaxError(offset: offset, expected: "':' after \"\(name)\", found " + found())
                }
                offset += 1
                skipSpace()
                let valueOffset = offset
                let value = try value(expected: "a value for \"\(name)\"")
                members.append(Member(name: name, nameOffset: nameOffset, value: value, valueOffset: valueOffset))
                skipSpace()
                guard offset < bytes.count else {
                    throw SyntaxError(offset: offset, expected: "'}' to close the object")
                }
                if bytes[offset] == UInt8(ascii: "}") {
                    offset += 1
                    return .object(members)
                }
                guard bytes[offset] == UInt8(ascii: ",") else {
                    throw SyntaxError(
                        offset: offset, expected: "',' or '}' after the value of \"\(name)\", found " + found())
                }
                offset += 1
            }
        }

        mutating func array() throws(SyntaxError) -> ConfigJSON {
            offset += 1
            skipSpace()
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
                offset += 1
                return .array
            }
            while true {
                skipSpace()
                _ = try value(expected: "a value in the list")
                skipSpace()
                guard offset < bytes.count else { throw SyntaxError(offset: offset, expected: "']' to close the list") }
                offset += 1
                if bytes[offset - 1] == UInt8(ascii: "]") { return .array }
                guard bytes[offset - 1] == UInt8(ascii: ",") else {
                    offset -= 1
                    throw SyntaxError(offset: offset, expected: "',' or ']' in the list, found " + found())
                }
            }
        }

        /// A string; escapes are decoded, and only names and kinds are ever compared.
        mutating func string() throws(SyntaxError) -> String {
            let start = offset
            offset += 1
            var text: [UInt8] = []
            while offset < bytes.count {
                let byte = bytes[offset]
                offset += 1
                switch byte {
                case UInt8(ascii: "\""): return String(decoding: text, as: UTF8.self)
                case UInt8(ascii: "\\"):
                    guard offset < bytes.count else { break }
                    let escaped = bytes[offset]
                    offset += 1
                    switch escaped {
                    case UInt8(ascii: "u"):
                        guard offset + 4 <= bytes.count,
                            let code = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
                        else { throw SyntaxError(offset: offset - 2, expected: "four hex digits after \\u") }
                        offset += 4
                        text.append(contentsOf: String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8)
                    case UInt8(ascii: "n"): text.append(0x0A)
                    case UInt8(ascii: "t"): text.append(0x09)
                    case UInt8(ascii: "r"): text.append(0x0D)
                    case UInt8(ascii: "b"): text.append(0x08)
                    case UInt8(ascii: "f"): text.append(0x0C)
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): text.append(escaped)
                    default:
                        throw SyntaxError(
                            offset: offset - 2, expected: "a valid escape (\\\" \\\\ \\/ \\n \\t \\uXXXX)")
                    }
                case 0x00..<0x20:
                    throw SyntaxError(offset: offset - 1, expected: "the closing '\"' on the same line")
                default: text.append(byte)
                }
            }
            throw SyntaxError(offset: start, expected: "a closing '\"' for the text that starts here")
        }

        mutating func number() throws(SyntaxError) -> ConfigJSON {
            let start = offset
            var isWhole = true
            if bytes[offset] == UInt8(ascii: "-") { offset += 1 }
            func digits() -> Int {
                let first = offset
                while offset < bytes.count, bytes[offset] >= UInt8(ascii: "0"), bytes[offset] <= UInt8(ascii: "9") {
                    offset += 1
                }
                return offset - first
            }
            guard digits() > 0 else { throw SyntaxError(offset: offset, expected: "a digit, found " + found()) }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
                offset += 1
                isWhole = false
                guard digits() > 0 else {
                    throw SyntaxError(offset: offset, expected: "a digit after the decimal point, found " + found())
                }
            }
            if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
                offset += 1
                isWhole = false
                if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
                    offset += 1
                }
                guard digits() > 0 else { throw SyntaxError(offset: offset, expected: "a digit in the exponent") }
            }
            return .number(text: String(decoding: bytes[start..<offset], as: UTF8.self), isWhole: isWhole)
        }
    }
}
