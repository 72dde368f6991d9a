import VouchIO

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
        var map: ColumnMap? {
            didSet {
                rowMap = map.map(Unmanaged.passUnretained)
                expectedFieldCount = map?.fieldCount
            }
        }
        /// `map` without counting: the sink holds it for the whole file, and a reference taken
        /// for each row cost two atomic operations a row.
        var rowMap: Unmanaged<ColumnMap>?
        var preamble: [CSVRecord] = []

        /// The header's field count, once it is known: a row that ran over a quoted line break
        /// into another count is an unterminated quote (see ``CSVReader``), skipped with its line.
        var expectedFieldCount: Int?

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
