/// Where records begin in bytes taken from the middle of a delimited file: just after a line
/// feed that the next few records, read from there, confirm. A line feed inside a quoted
/// field can look the same, so a split found here is only a guess that the reader of the part
/// before it checks (it must end its bytes between two records).
enum RecordBoundary {
    /// Records after a candidate that must have the shape's field count.
    static let recordsToConfirm = 4
    /// How many line feeds are tried.
    static let maximumCandidates = 256

    /// The offset, within `window`, just after a line feed where the next
    /// ``recordsToConfirm`` records parse with `shape`'s field count; nil when none is found
    /// among the first ``maximumCandidates`` line feeds.
    static func find(in window: [UInt8], shape: CSVShape) -> Int? {
        var candidate = 0
        for _ in 0..<maximumCandidates {
            guard let lineFeed = window[candidate...].firstIndex(of: ASCII.lineFeed) else { return nil }
            candidate = lineFeed + 1
            if recordsFit(window[candidate...].prefix(1 << 18), shape: shape) { return candidate }
        }
        return nil
    }

    /// True when `bytes` begin with ``recordsToConfirm`` well-formed records of `shape`'s
    /// field count.
    private static func recordsFit(_ bytes: ArraySlice<UInt8>, shape: CSVShape) -> Bool {
        struct Checker: CSVSink {
            struct Done: Error {}
            let fieldCount: Int
            var confirmed = 0
            var failed = false

            mutating func record(_ record: CSVFields) throws(Done) {
                if record.count != fieldCount { failed = true }
                confirmed += 1
                if failed || confirmed >= RecordBoundary.recordsToConfirm { throw Done() }
            }

            mutating func malformed(line: Int, reason: String) throws(Done) {
                failed = true
                throw Done()
            }
        }
        var checker = Checker(fieldCount: shape.fieldCount)
        var reader = CSVReader(delimiter: shape.delimiter)
        // A quoted line break sends the reader down its recovery path; a few records in, that
        // is an answer too, so the quoted-line limit is kept small.
        reader.maxQuotedLineBreaks = 1_000
        _ = try? bytes.withUnsafeBufferPointer { (buffer) throws(Checker.Done) in
            try reader.feed(buffer, into: &checker)
        }
        return !checker.failed && checker.confirmed >= recordsToConfirm
    }
}
