import Foundation

/// Turns field bytes into text the way users' files need.
///
/// Current exports are UTF-8, but copies re-saved on Windows arrive in Windows-1252, and
/// names that went through Excel often carry a double encoding (`JosÃ© GarcÃ­a`). Both are
/// repaired here, in one place, so every reader gets the same behaviour.
public enum TextDecoding {
    /// Decodes UTF-8; invalid UTF-8 falls back to Windows-1252 and says so.
    @inlinable public static func decode<Bytes: Collection>(_ bytes: Bytes) -> (text: String, usedWindows1252: Bool)
    where Bytes.Element == UInt8 {
        let valid = bytes.withByteBuffer(decodeIfValid)
        return valid.map { ($0, false) } ?? (windows1252(bytes), true)
    }

    /// The text of `buffer` when it is valid UTF-8. Decoding replaces invalid UTF-8 with
    /// U+FFFD, so the text's bytes equal the input's exactly when the input was valid; this is
    /// much cheaper than `String(validating:as:)`, which walks the bytes generically.
    @inlinable package static func decodeIfValid(_ buffer: UnsafeBufferPointer<UInt8>) -> String? {
        var text = String(decoding: buffer, as: UTF8.self)
        return text.withUTF8 { ByteScan.equal($0, buffer) } ? text : nil
    }

    /// Decodes UTF-8, falling back to Windows-1252 for invalid input.
    @inlinable public static func string<Bytes: Collection>(from bytes: Bytes) -> String where Bytes.Element == UInt8 {
        decode(bytes).text
    }

    /// Decodes bytes as Windows-1252 (the common "ANSI" code page of Excel on Windows).
    @inlinable public static func windows1252<Bytes: Collection>(_ bytes: Bytes) -> String
    where Bytes.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte >= 0x80 && byte <= 0x9F, let mapped = windows1252High[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    /// Repairs UTF-8 text that was once read as Windows-1252 and saved again as UTF-8
    /// (`JosÃ© GarcÃ­a` becomes `José García`, `Iâ€™m` becomes `I’m`).
    ///
    /// The repair is applied only when the text maps back to bytes that are valid UTF-8 with
    /// multi-byte sequences, which ordinary accented text never does.
    @inlinable public static func repairMojibake(_ text: String) -> String {
        guard mayBeMojibake(text) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.value <= 0xFF {
                bytes.append(UInt8(scalar.value))
            } else if let byte = windows1252Reverse[scalar] {
                bytes.append(byte)
            } else {
                return text
            }
        }
        guard let repaired = bytes.withUnsafeBufferPointer(decodeIfValid), repaired != text else { return text }
        return repaired
    }

    /// True when `text` holds a scalar from U+00C2 to U+00F4 (a UTF-8 lead byte read as
    /// Windows-1252) followed by one that a continuation byte reads as: every repair has such
    /// a pair. In the text's own UTF-8 the first is the bytes C3 82 to C3 B4, and the second
    /// starts with C2 (U+0080 to U+00BF) or with the lead byte of one of Windows-1252's
    /// letters and punctuation for 80 to 9F (C5, C6, CB, E2). So most names are answered by a
    /// byte search: ASCII ones, and accented ones (`José`, whose `é` is followed by no such
    /// scalar).
    @inlinable package static func mayBeMojibake(_ text: String) -> Bool {
        let answer = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard let base = bytes.baseAddress else { return false }
            var index = 0
            while index < bytes.count - 2 {
                guard let lead = memchr(base + index, 0xC3, bytes.count - 2 - index) else { return false }
                index = UnsafeRawPointer(base).distance(to: lead)
                if (0x82...0xB4).contains(base[index + 1]) {
                    switch base[index + 2] {
                    case 0xC2, 0xC5, 0xC6, 0xCB, 0xE2: return true
                    default: break
                    }
                }
                index += 1
            }
            return false
        }
        return answer ?? text.unicodeScalars.contains { $0.value >= 0xC2 && $0.value <= 0xF4 }
    }

    @usableFromInline package static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    @usableFromInline package static let windows1252Reverse: [Unicode.Scalar: UInt8] = {
        var map: [Unicode.Scalar: UInt8] = [:]
        for (offset, scalar) in windows1252High.enumerated() {
            if let scalar { map[scalar] = UInt8(0x80 + offset) }
        }
        return map
    }()
}

extension StringProtocol {
    /// The text without leading and trailing white space: what
    /// `trimmingCharacters(in: .whitespaces)` gives, without Foundation's string bridging,
    /// which costs thousands of instructions per call. The set itself is Foundation's.
    @inlinable package func trimmingWhitespace() -> String {
        trimming(Self.isWhitespace)
    }

    /// The text without the leading and trailing scalars for which `isTrimmed` is true: what
    /// Foundation's `trimmingCharacters(in:)` gives for that set, natively.
    @inlinable package func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = Substring(self).unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while end > start, isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(Substring(scalars[start..<end]))
    }

    /// The first occurrence of `target`, found by its UTF-8 bytes: Foundation's `range(of:)`
    /// and the standard library's `firstRange(of:)` cost thousands of instructions a call. Exact
    /// bytes, not Unicode equivalence: meant for separators such as `" - "` or `" at "`.
    @inlinable package func firstRange(ofBytes target: StaticString) -> Range<Index>? {
        let needle = UnsafeBufferPointer(start: target.utf8Start, count: target.utf8CodeUnitCount)
        func search(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            guard let first = needle.first, bytes.count >= needle.count else { return nil }
            for start in 0...(bytes.count - needle.count) where bytes[start] == first {
                if ByteScan.equal(UnsafeBufferPointer(rebasing: bytes[start..<start + needle.count]), needle) {
                    return start
                }
            }
            return nil
        }
        guard let offset = utf8.withByteBuffer(search) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.count)
    }

    @inlinable package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && CharacterSet.whitespaces.contains(scalar))
    }
}
