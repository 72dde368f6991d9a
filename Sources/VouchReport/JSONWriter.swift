import VouchIdentity

/// Writes JSON text as UTF-8 bytes. A writer with a sink hands its text on in chunks while it
/// grows, so a report of any size never sits whole in memory (the analyze report of 30,000
/// connections is 20 MB); a writer without one keeps the whole text.
public struct JSONWriter {
    /// Where finished chunks go: a file, standard output.
    public typealias Sink = (UnsafeRawBufferPointer) throws -> Void

    /// Whether every string is masked as `--redact` asks before it is written. JSON is masked
    /// one string at a time, before escaping: masking the escaped text could match across an
    /// escape such as `\n` or `\u0026` and leave a broken one behind.
    public let redacting: Bool
    private let sink: Sink?
    private var bytes: [UInt8] = []
    private var failure: (any Error)?

    /// How much text is kept before it is handed to the sink.
    private static let chunk = 1 << 16

    public init(redacting: Bool = false, sink: Sink? = nil) {
        self.redacting = redacting
        self.sink = sink
        bytes.reserveCapacity(sink == nil ? 4096 : Self.chunk + 4096)
    }

    /// Writes `value` and a final newline, hands the rest of the text to the sink and returns
    /// what the sink did not take (everything, without a sink). Throws the sink's first error.
    public mutating func finish(_ value: JSONValue) throws -> [UInt8] {
        value.write(to: &self, indent: 0)
        bytes.append(UInt8(ascii: "\n"))
        if sink != nil { hand() }
        if let failure { throw failure }
        return bytes
    }

    /// Hands the text so far to the sink once there is a chunk of it. Called between array
    /// elements, so a chunk boundary never waits for a whole document.
    mutating func handOnIfFull() {
        if sink != nil, bytes.count >= Self.chunk { hand() }
    }

    private mutating func hand() {
        guard let sink else { return }
        if failure == nil {
            do {
                try bytes.withUnsafeBytes { try sink($0) }
            } catch {
                failure = error
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func ascii(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func text(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// A line break and two spaces per level.
    mutating func newline(indent: Int) {
        bytes.append(UInt8(ascii: "\n"))
        for _ in 0..<(indent * 2) { bytes.append(UInt8(ascii: " ")) }
    }

    /// A string value as a JSON string literal. `<`, `>` and `&` are escaped too, so a report
    /// pasted into HTML cannot open a tag; so are U+2028 and U+2029, which JavaScript once read
    /// as line breaks.
    mutating func string(_ value: String) {
        literal(redacting ? Redaction.apply(toValue: value) : value)
    }

    /// An object's key: one of the report's own names, never masked.
    mutating func key(_ name: String) {
        literal(name)
    }

    /// `value` quoted, copied in runs between the bytes that need escaping.
    private mutating func literal(_ value: String) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let separator =
                    byte == 0xE2 && index + 2 < utf8.count && utf8[index + 1] == 0x80
                    && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)
                let short = Self.shortEscape(byte)
                guard short != nil || byte < 0x20 || separator else {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                if let short {
                    ascii(short)
                } else if separator {
                    ascii(utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029")
                    index += 2
                } else {
                    controlEscape(byte)
                }
                index += 1
                start = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The two- or six-character escape of a byte that has one of its own.
    private static func shortEscape(_ byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "\""): "\\\""
        case UInt8(ascii: "\\"): "\\\\"
        case UInt8(ascii: "\n"): "\\n"
        case UInt8(ascii: "\r"): "\\r"
        case UInt8(ascii: "\t"): "\\t"
        case UInt8(ascii: "<"): "\\u003c"
        case UInt8(ascii: ">"): "\\u003e"
        case UInt8(ascii: "&"): "\\u0026"
        default: nil
        }
    }

    /// `\u00XX` for a control character without a short escape.
    private mutating func controlEscape(_ byte: UInt8) {
        ascii("\\u00")
        bytes.append(Self.hexDigits[Int(byte >> 4)])
        bytes.append(Self.hexDigits[Int(byte & 0x0F)])
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
