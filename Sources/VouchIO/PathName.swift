/// The parts of a path as text, worked out on its bytes. Foundation's `NSString` path methods
/// stop the process on some short paths (`deletingLastPathComponent` of `-`), and any text
/// can arrive from the command line.
public enum PathName {
    /// The name after the last `/`, trailing slashes ignored: `a/b.csv` gives `b.csv`, `/`
    /// gives `/`, the empty path gives the empty name.
    public static func lastComponent(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1, bytes[end - 1] == slash { end -= 1 }
        if end == 1, bytes[0] == slash { return "/" }
        var start = end
        while start > 0, bytes[start - 1] != slash { start -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The folder a path's last name is in: `a/b.csv` gives `a`, `b.csv` gives `.`, `/b`
    /// gives `/`.
    public static func folder(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var end = bytes.count
        while end > 1, bytes[end - 1] == slash { end -= 1 }
        while end > 0, bytes[end - 1] != slash { end -= 1 }
        guard end > 0 else { return "." }
        while end > 1, bytes[end - 1] == slash { end -= 1 }
        return String(decoding: bytes[0..<end], as: UTF8.self)
    }

    /// The extension of the last name, lower-cased, without the dot: `Report.HTML` gives
    /// `html`; nil without one (`README`, `.profile`).
    public static func fileExtension(_ path: String) -> String? {
        let name = lastComponent(path)
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.utf8.startIndex else { return nil }
        let suffix = name[name.utf8.index(after: dot)...]
        return suffix.isEmpty ? nil : suffix.lowercased()
    }

    private static let slash = UInt8(ascii: "/")
}
