import Foundation

/// A small delimited file read whole (a request list, annotations, an address book): its
/// records and the records that could not be read. Large files are streamed instead (an
/// export's, by `TableReader`).
package struct SmallTable {
    /// The separator found: whichever of comma, tab and semicolon the first line holds most of.
    package let delimiter: UInt8
    package let records: [CSVRecord]
    /// Records the CSV reader gave up on, with line and reason.
    package let malformed: [SkippedRow]

    package init(bytes: [UInt8]) {
        let firstLine = bytes.prefix { $0 != ASCII.lineFeed && $0 != ASCII.carriageReturn }
        var best = (delimiter: ASCII.comma, count: firstLine.filter { $0 == ASCII.comma }.count)
        for candidate in [ASCII.tab, ASCII.semicolon] {
            let count = firstLine.filter { $0 == candidate }.count
            if count > best.count { best = (candidate, count) }
        }
        delimiter = best.delimiter
        var reader = CSVReader(delimiter: best.delimiter)
        var records: [CSVRecord] = []
        var malformed: [SkippedRow] = []
        let handle: (CSVEvent) -> Void = { event in
            switch event {
            case .record(let record): records.append(record)
            case .malformed(let line, let reason): malformed.append(SkippedRow(line: line, reason: reason))
            }
        }
        reader.feed(bytes, handle)
        reader.finish(handle)
        self.records = records
        self.malformed = malformed
    }
}

extension TextDecodingStream {
    /// A whole file decoded to UTF-8 bytes (byte order marks dropped, UTF-16 converted).
    package static func utf8(_ data: Data) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(data.count)
        var decoder = TextDecodingStream()
        data.withUnsafeBytes { raw in
            decoder.feed(raw.bindMemory(to: UInt8.self)) { bytes.append(contentsOf: $0) }
        }
        decoder.finish { bytes.append(contentsOf: $0) }
        return bytes
    }
}
