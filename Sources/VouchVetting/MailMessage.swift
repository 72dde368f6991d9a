import Foundation
import VouchIO

/// A saved e-mail (RFC 5322 with MIME, as mail apps save `.eml` files): its headers and its
/// leaf parts, transfer encodings (quoted-printable, base64) undone.
///
/// Multipart bodies (alternative, mixed, related, nested) are walked to a fixed depth; a
/// part that is not multipart is a leaf. Header values are unfolded and their encoded words
/// (`=?UTF-8?Q?In=C3=A8s?=`) decoded.
struct MailMessage {
    /// One part that is not multipart.
    struct Leaf {
        /// `text/plain`, `text/html`, `text/csv`, … lower-cased.
        var type: String
        var charset: String?
        /// The file name of an attachment, if the part gives one.
        var fileName: String?
        var isAttachment: Bool
        /// The body with its transfer encoding undone.
        var bytes: [UInt8]

        /// The body as text, in its charset.
        var text: String { MailMessage.decode(bytes, charset: charset) }
    }

    let headers: [(name: String, value: String)]
    private(set) var leaves: [Leaf] = []

    /// Nesting deeper than this is not followed (mail apps nest three or four levels).
    static let maxDepth = 16

    init(bytes: [UInt8]) {
        let (headers, body) = Self.split(bytes[...])
        self.headers = headers
        collect(headers: headers, body: body, depth: 0)
    }

    /// The first header called `name` (case aside), encoded words decoded.
    func header(_ name: String) -> String? {
        headers.first { $0.name == name.lowercased() }.map { Self.decodeWords($0.value) }
    }

    /// True when `data` starts with mail headers: a `From:` and another message header
    /// before the first blank line.
    static func looksLikeMessage(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(8192))
        guard let first = head.first, first != UInt8(ascii: " "), first != UInt8(ascii: "\t") else { return false }
        let (headers, _) = split(head[...])
        guard headers.count >= 2, headers.contains(where: { $0.name == "from" }) else { return false }
        let known: Set<String> = ["mime-version", "content-type", "received", "message-id", "date", "subject", "to"]
        return headers.contains { known.contains($0.name) }
    }

    // MARK: - Structure

    /// Splits headers from the body at the first empty line; header lines are unfolded.
    static func split(_ bytes: ArraySlice<UInt8>) -> (headers: [(name: String, value: String)], body: ArraySlice<UInt8>)
    {
        var headers: [(name: String, value: String)] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            var end = bytes[index...].firstIndex(of: ASCII.lineFeed) ?? bytes.endIndex
            let next = end < bytes.endIndex ? end + 1 : end
            if end > index && bytes[end - 1] == ASCII.carriageReturn { end -= 1 }
            let line = bytes[index..<end]
            index = next
            if line.isEmpty { break }
            if let first = line.first, first == ASCII.space || first == ASCII.tab, !headers.isEmpty {
                headers[headers.count - 1].value += " " + TextDecoding.string(from: line).trimmingWhitespace()
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
                // Not a header: the message has no header block, all of it is body.
                return (headers.isEmpty ? [] : headers, headers.isEmpty ? bytes : bytes[line.startIndex...])
            }
            let name = TextDecoding.string(from: line[..<colon]).trimmingWhitespace().lowercased()
            let value = TextDecoding.string(from: line[(colon + 1)...]).trimmingWhitespace()
            headers.append((name, value))
        }
        return (headers, bytes[index...])
    }

    private mutating func collect(headers: [(name: String, value: String)], body: ArraySlice<UInt8>, depth: Int) {
        let contentType = headers.first { $0.name == "content-type" }.map { Self.parameters($0.value) }
        var type = contentType?.value.lowercased() ?? "text/plain"
        if type.hasPrefix("multipart/") && contentType?.parameters["boundary"] == nil {
            type = "text/plain"  // a multipart without a boundary: its body is all there is
        }
        if type.hasPrefix("multipart/"), let boundary = contentType?.parameters["boundary"], depth < Self.maxDepth {
            for part in Self.parts(of: body, boundary: boundary) {
                let (partHeaders, partBody) = Self.split(part)
                collect(headers: partHeaders, body: partBody, depth: depth + 1)
            }
            return
        }
        if type == "message/rfc822", depth < Self.maxDepth {
            let (inner, innerBody) = Self.split(body)
            collect(headers: inner, body: innerBody, depth: depth + 1)
            return
        }
        let disposition = headers.first { $0.name == "content-disposition" }.map { Self.parameters($0.value) }
        let fileName = (disposition?.parameters["filename"] ?? contentType?.parameters["name"]).map(Self.decodeWords)
        let encoding = headers.first { $0.name == "content-transfer-encoding" }?.value.lowercased() ?? ""
        let decoded: [UInt8]
        switch encoding {
        case "quoted-printable": decoded = Self.quotedPrintable(body)
        case "base64": decoded = Self.base64(body)
        default: decoded = Array(body)
        }
        leaves.append(
            Leaf(
                type: type, charset: contentType?.parameters["charset"]?.lowercased(), fileName: fileName,
                isAttachment: disposition?.value.lowercased() == "attachment" || fileName != nil, bytes: decoded))
    }

    /// The bodies between `--boundary` lines, up to `--boundary--`.
    static func parts(of body: ArraySlice<UInt8>, boundary: String) -> [ArraySlice<UInt8>] {
        let marker = Array(("--" + boundary).utf8)
        var parts: [ArraySlice<UInt8>] = []
        var partStart: Int?
        var index = body.startIndex
        while index < body.endIndex {
            var end = body[index...].firstIndex(of: ASCII.lineFeed) ?? body.endIndex
            let next = end < body.endIndex ? end + 1 : end
            if end > index && body[end - 1] == ASCII.carriageReturn { end -= 1 }
            let line = body[index..<end]
            let rest = line.dropFirst(marker.count)
            let isClose = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
            // `--b1` is not a boundary line of `b10`: only white space or `--` may follow.
            if line.starts(with: marker), isClose || rest.allSatisfy({ $0 == ASCII.space || $0 == ASCII.tab }) {
                if let start = partStart {
                    // The line break before the boundary belongs to the boundary.
                    var stop = index
                    if stop > start && body[stop - 1] == ASCII.lineFeed { stop -= 1 }
                    if stop > start && body[stop - 1] == ASCII.carriageReturn { stop -= 1 }
                    parts.append(body[start..<stop])
                }
                if isClose { return parts }
                partStart = next
            }
            index = next
        }
        if let start = partStart, start < body.endIndex { parts.append(body[start...]) }
        return parts
    }

    /// A header value's main value and its `name=value` parameters (names lower-cased,
    /// quotes removed).
    static func parameters(_ header: String) -> (value: String, parameters: [String: String]) {
        var pieces: [String] = []
        var current = ""
        var quoted = false
        for character in header {
            if character == "\"" {
                quoted.toggle()
            } else if character == ";" && !quoted {
                pieces.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pieces.append(current)
        var parameters: [String: String] = [:]
        for piece in pieces.dropFirst() {
            guard let equals = piece.firstIndex(of: "=") else { continue }
            var name = piece[..<equals].trimmingWhitespace().lowercased()
            if name.hasSuffix("*") { name.removeLast() }  // RFC 2231 `filename*=utf-8''…`
            var value = piece[piece.index(after: equals)...].trimmingWhitespace()
            if let quote = value.range(of: "''") { value = value[quote.upperBound...].removingPercentEncoding ?? value }
            parameters[name] = parameters[name] ?? value
        }
        return (pieces.first?.trimmingWhitespace() ?? "", parameters)
    }

    // MARK: - Encodings

    /// Undoes quoted-printable: `=XX` escapes and `=` soft line breaks.
    static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "=") else {
                output.append(byte)
                index += 1
                continue
            }
            let after = bytes.index(after: index)
            if after < bytes.endIndex, bytes[after] == ASCII.lineFeed {
                index = after + 1
            } else if after + 1 < bytes.endIndex, bytes[after] == ASCII.carriageReturn,
                bytes[after + 1] == ASCII.lineFeed
            {
                index = after + 2
            } else if after + 1 < bytes.endIndex, let high = hex(bytes[after]), let low = hex(bytes[after + 1]) {
                output.append(high << 4 | low)
                index = after + 2
            } else {
                output.append(byte)
                index += 1
            }
        }
        return output
    }

    static func base64(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        Data(base64Encoded: Data(bytes), options: .ignoreUnknownCharacters).map { [UInt8]($0) } ?? []
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Bytes as text in a MIME charset: UTF-8, ISO-8859-1 (Latin-1), Windows-1252; anything
    /// else as UTF-8 with the Windows-1252 fallback every vouch reader uses.
    static func decode<Bytes: Collection>(_ bytes: Bytes, charset: String?) -> String where Bytes.Element == UInt8 {
        switch charset?.lowercased() {
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "iso-8859-15", "iso_8859-1":
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case "windows-1252", "cp1252", "x-cp1252":
            return TextDecoding.windows1252(bytes)
        default:
            return TextDecoding.string(from: bytes)
        }
    }

    /// Decodes RFC 2047 encoded words (`=?charset?Q?…?=`, `=?charset?B?…?=`) in a header
    /// value; white space between two encoded words is dropped.
    static func decodeWords(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var output = ""
        var rest = Substring(value)
        var lastWasEncoded = false
        while let start = rest.range(of: "=?") {
            let between = rest[..<start.lowerBound]
            let afterStart = rest[start.upperBound...]
            let pieces = afterStart.split(separator: "?", maxSplits: 2, omittingEmptySubsequences: false)
            guard pieces.count == 3, let end = pieces[2].range(of: "?=") else { break }
            let charset = String(pieces[0])
            let encoding = pieces[1].lowercased()
            let text = pieces[2][..<end.lowerBound]
            if !(lastWasEncoded && between.allSatisfy(\.isWhitespace)) { output += between }
            let bytes: [UInt8]
            if encoding == "b" {
                bytes = base64(Array(text.utf8)[...])
            } else {
                bytes = quotedPrintable(Array(text.replacingOccurrences(of: "_", with: " ").utf8)[...])
            }
            output += decode(bytes, charset: charset)
            lastWasEncoded = true
            rest = pieces[2][end.upperBound...]
        }
        return output + rest
    }
}
