import VouchIO

/// One data row, with fields looked up by column. Valid only during the call that hands it out.
struct TableRow {
    /// The row's fields by index.
    let fields: CSVFields
    // Not counted: the reader holds both for longer than any row lives, and counting
    // references would cost four atomic operations on every row.
    unowned(unsafe) let map: ColumnMap
    unowned(unsafe) let decodeNotes: DecodeNotes

    /// The 1-based line where the row starts.
    var line: Int { fields.line }

    /// The raw bytes of `column` (empty when the file lacks it).
    func bytes(_ column: Column) -> Field {
        fields[map.index(of: column) ?? -1]
    }

    /// The trimmed text of `column`; empty for missing columns and spreadsheet blanks (`NA`, `null`).
    func text(_ column: Column) -> String {
        let raw = trimmedBytes(column)
        if raw.isEmpty || TableRow.isBlankMarker(raw) { return "" }
        let decoded = TextDecoding.decode(raw)
        if decoded.usedWindows1252 { decodeNotes.usedWindows1252 = true }
        if raw.contains(where: { $0 < ASCII.space }) {
            // NUL and other control characters are damage, never part of a name or company.
            return String(
                String.UnicodeScalarView(
                    decoded.text.unicodeScalars.compactMap { scalar in
                        scalar.value >= 0x20 ? scalar : (scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : nil)
                    }))
        }
        return decoded.text
    }

    /// True when ``text(_:)`` of `column` is empty, found without building the text.
    func isBlank(_ column: Column) -> Bool {
        let raw = trimmedBytes(column)
        return raw.isEmpty || TableRow.isBlankMarker(raw)
    }

    /// The bytes of `column` without leading and trailing white space and control bytes.
    func trimmedBytes(_ column: Column) -> Field {
        let field = bytes(column)
        var start = 0
        var end = field.count
        while start < end, field[start] <= ASCII.space { start += 1 }
        while end > start, field[end - 1] <= ASCII.space { end -= 1 }
        return Field(rebasing: field[start..<end])
    }

    /// Spreadsheet placeholders for an empty cell: `NA`, `N/A`, `#N/A`, `null`.
    static func isBlankMarker(_ bytes: Field) -> Bool {
        bytes.count <= 4
            && (ByteScan.equalsIgnoringCase(bytes, "na") || ByteScan.equalsIgnoringCase(bytes, "n/a")
                || ByteScan.equalsIgnoringCase(bytes, "#n/a") || ByteScan.equalsIgnoringCase(bytes, "null"))
    }
}
