/// The cells of a header row, compared by what they say rather than how they are written.
package enum HeaderCell {
    /// Folds a header cell: drops a spreadsheet's duplicate suffix (`Creation Date.1`), keeps
    /// lower-case letters and digits.
    package static func fold(_ name: String) -> String {
        var text = Substring(name.trimmingWhitespace())
        if let dot = text.lastIndex(of: "."), text[text.index(after: dot)...].allSatisfy(\.isNumber),
            text.index(after: dot) < text.endIndex
        {
            text = text[..<dot]
        }
        return String(
            text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(
                Character.init))
    }
}
