/// Lower-casing by table for text in Latin scripts.
///
/// `String.lowercased()` looks up the Unicode properties of every non-ASCII scalar, which
/// costs thousands of instructions for a name-length string; profile URLs and names with
/// accents are lower-cased tens of thousands of times per export. Below U+0250 (Latin-1 and
/// Latin Extended-A and B) each scalar lower-cases on its own, so a table built from
/// `String.lowercased()` of every such scalar gives the same result.
enum LatinCase {
    /// The lower-case scalar of each scalar below U+0250; nil where it is several scalars (`İ`).
    private static let lowercase: [Unicode.Scalar?] = (0..<0x250).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return nil }
        let lowered = String(scalar).lowercased().unicodeScalars
        return lowered.count == 1 ? lowered.first : nil
    }

    /// `text.lowercased()`, by table when every scalar is below U+0250.
    static func lowercased(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard scalar.value < 0x250, let lowered = lowercase[Int(scalar.value)] else { return text.lowercased() }
            append(lowered, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        let value = scalar.value
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else if value < 0x800 {
            bytes.append(UInt8(0xC0 | value >> 6))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else if value < 0x1_0000 {
            bytes.append(UInt8(0xE0 | value >> 12))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | value >> 18))
            bytes.append(UInt8(0x80 | (value >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (value >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// True when every scalar of `text` is below U+0250. None of those combines with its
    /// neighbours, so such text is already in canonical (NFC and NFD) order.
    static func isLatin(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value < 0x250 }
    }
}
