/// The columns a file kind is read with and how its header row is recognised.
struct TableSchema: Sendable {
    /// The columns vouch reads from this kind of file.
    let columns: [Column]
    /// Columns without which the header is not this file's.
    let required: Set<Column>
    /// How many known column names a row must hold to be taken as the header.
    let minimumMatches: Int
    /// Column orders for copies whose header row was deleted, tried by field count.
    var positional: [[Column]] = []
    /// The header of the current export, for error messages.
    var header: [String] = []
}

/// Where each column sits in a file's rows. A class: every row of a file shares one.
/// Unchecked sendable: `indexes` is written only by the initialisers.
final class ColumnMap: @unchecked Sendable {
    /// Each column's field index, -1 when absent. Not an array: reading an array out of a
    /// class retains and releases it, and every field of every row is looked up here.
    private let indexes: UnsafeMutableBufferPointer<Int>
    /// The header names as found, in file order (empty for headerless files).
    let headerNames: [String]

    init(columns: [Column]) {
        var indexes = [Int](repeating: -1, count: Column.allCases.count)
        for (index, column) in columns.enumerated() { indexes[column.rawValue] = index }
        self.indexes = Self.stored(indexes)
        headerNames = []
    }

    /// Maps a header row; nil when it is not this schema's header.
    init?(header: CSVFields, schema: TableSchema) {
        let cells = (0..<header.count).map { header.string($0) }
        let folded = cells.map(ColumnMap.fold)
        var indexes = [Int](repeating: -1, count: Column.allCases.count)
        var matches = 0
        for column in schema.columns {
            for alias in column.aliases {
                if let index = folded.firstIndex(of: alias), !indexes.contains(index) {
                    indexes[column.rawValue] = index
                    matches += 1
                    break
                }
            }
        }
        guard matches >= min(schema.minimumMatches, schema.columns.count),
            schema.required.allSatisfy({ indexes[$0.rawValue] >= 0 })
        else { return nil }
        self.indexes = Self.stored(indexes)
        headerNames = cells.map { $0.trimmingWhitespace() }
    }

    deinit { indexes.deallocate() }

    private static func stored(_ indexes: [Int]) -> UnsafeMutableBufferPointer<Int> {
        let buffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: indexes.count)
        _ = buffer.initialize(from: indexes)
        return buffer
    }

    /// The field index of `column`, or nil when the file lacks it.
    func index(of column: Column) -> Int? {
        let index = indexes[column.rawValue]
        return index >= 0 ? index : nil
    }

    /// Folds a header cell: drops a spreadsheet's duplicate suffix (`Creation Date.1`), keeps
    /// lower-case letters and digits.
    static func fold(_ name: String) -> String {
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

/// A file's separator and header, found at its start: what a reader that starts in the
/// middle of the file needs.
struct TableLayout {
    let delimiter: UInt8
    let map: ColumnMap
    /// The number of fields in the header row.
    var fieldCount: Int { map.headerNames.count }
}

/// Where ``TableReader/read(_:entry:schema:ledger:layout:progress:onRow:)`` stopped.
struct TableReadEnd {
    /// True when the input ended between two records.
    let atRecordBoundary: Bool
    /// The physical line after the last one read.
    let nextLine: Int
}

/// Collects what decoding noticed while a file was read.
final class DecodeNotes {
    var usedWindows1252 = false
}

/// Reads one delimited text file of a known kind: decodes it, finds the separator and the
/// header row, and hands every data row to the caller.
///
/// The header is found by its column names within the first ``headerSearchLimit`` records, so
/// the `Notes:` preamble, padded preambles and blank lines before the header are all skipped.
/// Records before the header are preamble, not rows. A copy with no header at all is read by
/// position when its field count matches a known layout.
enum TableReader {
    static let headerSearchLimit = 50
    static let sniffLength = 64 << 10

    /// Reads the file. A read that starts inside the file (see ``SplitRead``) needs the `layout`
    /// found at its start. Returns where the reader stopped, so a caller that split a file can
    /// check the split fell between records.
    @discardableResult
    static func read(
        _ source: ExportSource, entry: ExportEntry, schema: TableSchema, ledger: inout FileLedger,
        layout: TableLayout? = nil,
        progress: ((ReadProgress) -> Void)? = nil, onRow: (TableRow, inout FileLedger) throws -> Void
    ) throws -> TableReadEnd {
        try withoutActuallyEscaping(onRow) { onRow in
            var rows = RowSink(entry: entry, schema: schema, ledger: ledger, onRow: onRow)
            var decoder = TextDecodingStream()
            var prefix: [UInt8] = []
            var csv: CSVReader?
            if let layout {
                rows.map = layout.map
                csv = CSVReader(delimiter: layout.delimiter)
            }

            func start() throws {
                let delimiter = sniffDelimiter(prefix, schema: schema)
                rows.ledger.delimiter =
                    delimiter == ASCII.comma ? "comma" : delimiter == ASCII.tab ? "tab" : "semicolon"
                var reader = CSVReader(delimiter: delimiter)
                try reader.feed(prefix, into: &rows)
                prefix = []
                csv = reader
            }

            func utf8(_ chunk: UnsafeBufferPointer<UInt8>) throws {
                if csv == nil {
                    prefix.append(contentsOf: chunk)
                    if prefix.count >= sniffLength { try start() }
                } else {
                    try csv?.feed(chunk, into: &rows)
                }
            }

            let total = progress == nil ? nil : source.size(of: entry)
            var bytesRead = 0
            func consume(_ chunk: UnsafeBufferPointer<UInt8>) throws {
                if layout != nil {
                    try csv?.feed(chunk, into: &rows)  // the middle of a UTF-8 file: no decoding
                } else {
                    try decoder.feed(chunk, utf8)
                }
                if let progress {
                    bytesRead += chunk.count
                    progress(ReadProgress(file: entry.path, bytesRead: bytesRead, totalBytes: total))
                }
            }
            try source.read(entry, consume)
            if layout == nil {
                try decoder.finish(utf8)
                if csv == nil { try start() }
            }
            let end = TableReadEnd(atRecordBoundary: csv?.isAtRecordBoundary ?? true, nextLine: csv?.nextLine ?? 1)
            try csv?.finish(into: &rows)
            try rows.finish()
            ledger = rows.ledger
            if let encoding = decoder.encoding { ledger.encoding = encoding.rawValue }
            if decoder.guessedWithoutBOM {
                ledger.warn("UTF-16 text without a byte order mark; read as \(ledger.encoding)")
            }
            if rows.notes.usedWindows1252 {
                // What the table shows is what the text was decoded as: the text that was not
                // UTF-8 was read as Windows-1252 (text in ASCII reads the same either way).
                ledger.encoding = "Windows-1252"
                ledger.warn("some text was not valid UTF-8 and was read as Windows-1252 (an Excel re-save?)")
            }
            return end
        }
    }

    /// The separator and header of a UTF-8 file, from its first ``sniffLength`` bytes; nil
    /// when they do not settle it (another encoding, no header in sight).
    static func layout(of source: ExportSource, entry: ExportEntry, schema: TableSchema) -> TableLayout? {
        let prefix = source.decodedPrefix(of: entry, count: sniffLength)
        guard prefix.encoding == .utf8 else { return nil }
        let found = sniff(prefix.bytes, schema: schema)
        return found.header.map { TableLayout(delimiter: found.delimiter, map: $0) }
    }

    /// Turns the CSV reader's records into rows: finds the header past any preamble and
    /// hands every data row on.
    private struct RowSink: CSVSink {
        typealias Failure = any Error
        let entry: ExportEntry
        let schema: TableSchema
        var ledger: FileLedger
        let onRow: (TableRow, inout FileLedger) throws -> Void
        let notes = DecodeNotes()
        var map: ColumnMap? { didSet { rowMap = map.map(Unmanaged.passUnretained) } }
        /// `map` without counting: the sink holds it for the whole file, and a reference taken
        /// for each row cost two atomic operations a row.
        var rowMap: Unmanaged<ColumnMap>?
        var preamble: [CSVRecord] = []

        mutating func record(_ record: CSVFields) throws {
            if let rowMap {
                try rowMap._withUnsafeGuaranteedRef { map in
                    try onRow(TableRow(fields: record, map: map, decodeNotes: notes), &ledger)
                }
                return
            }
            if let found = ColumnMap(header: record, schema: schema) {
                map = found
                ledger.variant = describe(found, preambleRecords: preamble.count)
                preamble = []
                return
            }
            preamble.append(record.owned())
            if preamble.count >= headerSearchLimit {
                try fallBackToPositions()
            }
        }

        mutating func malformed(line: Int, reason: String) {
            if map == nil {
                // A broken record before the header is part of a preamble or an unreadable file.
                preamble.append(CSVRecord())
                ledger.warn("line \(line): \(reason), before the header; that line was not read")
            } else {
                ledger.skip(line: line, reason: reason)
            }
        }

        /// Called at the end of the file: a file without a recognisable header.
        mutating func finish() throws {
            guard map == nil else { return }
            if preamble.isEmpty {
                throw IngestError.emptyFile(file: entry.path)
            }
            if preamble.contains(where: { $0.count > 0 }) && !schema.positional.isEmpty {
                try fallBackToPositions()
            } else if preamble.contains(where: { $0.count > 0 }) {
                throw IngestError.noHeader(file: entry.path, expected: schema.header)
            }
        }

        private mutating func fallBackToPositions() throws {
            let data = preamble.filter { $0.count > 0 }
            // Most records must have the layout's field count: in binary garbage one line in a
            // few hundred has seven fields by chance, which is no reason to read it as a table.
            guard let first = data.first,
                let layout = schema.positional.first(where: { $0.count == first.count }),
                data.filter({ $0.count == layout.count }).count * 2 > data.count
            else {
                throw IngestError.noHeader(file: entry.path, expected: schema.header)
            }
            let positional = ColumnMap(columns: layout)
            map = positional
            ledger.variant = "no header row; columns read by position (\(Plural.count(layout.count, "column")))"
            ledger.warn("no header row found; columns were read in the standard order")
            preamble = []
            for record in data {
                try record.withFields { try onRow(TableRow(fields: $0, map: positional, decodeNotes: notes), &ledger) }
            }
        }
    }

    /// Picks the separator whose parse of the first bytes yields this schema's header; without a
    /// header, the separator that splits the first lines into the most fields.
    static func sniffDelimiter(_ prefix: [UInt8], schema: TableSchema) -> UInt8 {
        sniff(prefix, schema: schema).delimiter
    }

    /// The separator (see ``sniffDelimiter(_:schema:)``) and, when one of the first records
    /// is this schema's header, its column map.
    private static func sniff(_ prefix: [UInt8], schema: TableSchema) -> (delimiter: UInt8, header: ColumnMap?) {
        let candidates = [ASCII.comma, ASCII.semicolon, ASCII.tab]
        var fieldCounts: [UInt8: Int] = [:]
        for delimiter in candidates {
            var reader = CSVReader(delimiter: delimiter)
            var records: [CSVRecord] = []
            // Only the first records can hold the header: reading stops there, instead of
            // copying every record of the prefix.
            do {
                try reader.feed(prefix) { (event) throws(EnoughRead) in
                    guard case .record(let record) = event else { return }
                    records.append(record)
                    if records.count >= headerSearchLimit { throw EnoughRead() }
                }
                if prefix.count < sniffLength { reader.finish { _ in } }
            } catch {}
            if let header = records.lazy.compactMap({ $0.withFields { ColumnMap(header: $0, schema: schema) } }).first {
                return (delimiter, header)
            }
            fieldCounts[delimiter] = records.prefix(5).map(\.count).max() ?? 0
        }
        let best = candidates.max { (fieldCounts[$0] ?? 0) < (fieldCounts[$1] ?? 0) } ?? ASCII.comma
        return ((fieldCounts[best] ?? 0) > (fieldCounts[ASCII.comma] ?? 0) ? best : ASCII.comma, nil)
    }

    fileprivate static func describe(_ map: ColumnMap, preambleRecords: Int) -> String {
        let header = map.headerNames.joined(separator: ",")
        return preambleRecords > 0 ? "\(header) (after a \(preambleRecords)-line preamble)" : header
    }

}
