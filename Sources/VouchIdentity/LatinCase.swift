import VouchIO

/// Lower-casing by table for text in Latin scripts.
///
/// `String.lowercased()` looks up the Unicode properties of every non-ASCII scalar, which
/// costs thousands of instructions for a name-length string; profile URLs and names with
/// accents are lower-cased tens of thousands of times per export. Each scalar lower-cases on
/// its own, so a table built from `String.lowercased()` of every scalar below ``limit`` gives
/// the same result.
enum LatinCase {
    /// Where the tables end: Latin-1 and Latin Extended-A and B. No scalar below it combines
    /// with its neighbours (combining marks start at U+0300), so text below it is already in
    /// canonical order and each scalar can be treated on its own.
    static let limit: UInt32 = 0x250

    /// The lower-case scalar of each scalar below ``limit``; nil where it is several (`İ`).
    private static let lowercase: [Unicode.Scalar?] = (0..<limit).map { value in
        guard let scalar = Unicode.Scalar(value) else { return nil }
        let lowered = String(scalar).lowercased().unicodeScalars
        return lowered.count == 1 ? lowered.first : nil
    }

    /// `text.lowercased()`, by table when every scalar is below ``limit``.
    static func lowercased(_ text: String) -> String {
        text.utf8.withByteBuffer(lowercased(utf8:)) ?? text.lowercased()
    }

    /// The lower-cased text of the UTF-8 `bytes` when they are valid and every scalar is below
    /// ``limit`` (one or two bytes each) and lower-cases to one scalar; nil otherwise, for the
    /// general path. Works on the bytes: no string is built until the result.
    static func lowercased(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String? {
        // A two-byte scalar may lower-case to a three-byte one (U+023A to U+2C65).
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { out in
            var count = 0
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    out[count] = ASCII.lowercased(lead)
                    count += 1
                    index += 1
                    continue
                }
                guard lead >= 0xC2, lead < 0xE0, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 else {
                    return nil
                }
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                guard value < limit, let lowered = lowercase[Int(value)] else { return nil }
                UTF8.encode(lowered) { byte in
                    out[count] = byte
                    count += 1
                }
                index += 2
            }
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
        }
    }
}
