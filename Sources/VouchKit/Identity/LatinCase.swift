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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard scalar.value < limit, let lowered = lowercase[Int(scalar.value)] else { return text.lowercased() }
            UTF8.encode(lowered) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
