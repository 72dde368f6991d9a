/// One record read by ``CSVReader``: the unquoted bytes of every field stored back to back,
/// plus the end offset of each field.
///
/// Storing one buffer instead of an array of strings keeps the hot path free of allocations;
/// callers decode only the fields they use.
public struct CSVRecord: Sendable {
    /// The field contents, concatenated, quotes already removed.
    public internal(set) var bytes: [UInt8] = []
    /// `fieldEnds[i]` is the end offset of field `i` in ``bytes``.
    public internal(set) var fieldEnds: [Int] = []
    /// The 1-based physical line on which the record starts.
    public internal(set) var line: Int = 1

    /// The number of fields in the record.
    public var count: Int { fieldEnds.count }

    /// The bytes of field `index`, or an empty slice when the row is shorter (ragged rows).
    public func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < fieldEnds.count else { return [] }
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return bytes[start..<fieldEnds[index]]
    }

    /// Field `index` decoded as text (see ``TextDecoding/string(from:)``).
    public func string(_ index: Int) -> String {
        TextDecoding.string(from: field(index))
    }

    /// True for a record that holds a single empty field: a blank line.
    var isBlank: Bool { fieldEnds.count == 1 && fieldEnds[0] == 0 }

    mutating func reset(line: Int) {
        bytes.removeAll(keepingCapacity: true)
        fieldEnds.removeAll(keepingCapacity: true)
        self.line = line
    }
}

/// What ``CSVReader`` hands to its consumer: a record, or a record it had to give up on.
public enum CSVEvent: Sendable {
    case record(CSVRecord)
    /// A record that could not be read; `line` is where it started. Reading goes on after it.
    case malformed(line: Int, reason: String)
}

/// Receives what ``CSVReader`` reads. Readers of large files implement it directly, so each
/// record reaches them without an enum or a closure context in between.
public protocol CSVSink {
    associatedtype Failure: Error
    /// A complete record; it is valid only during the call.
    mutating func record(_ record: CSVRecord) throws(Failure)
    /// A record that could not be read; `line` is where it started. Reading goes on after it.
    mutating func malformed(line: Int, reason: String) throws(Failure)
}

/// Adapts a closure to ``CSVSink``.
struct CSVClosureSink<Failure: Error>: CSVSink {
    let emit: (CSVEvent) throws(Failure) -> Void

    func record(_ record: CSVRecord) throws(Failure) { try emit(.record(record)) }
    func malformed(line: Int, reason: String) throws(Failure) { try emit(.malformed(line: line, reason: reason)) }
}

/// A streaming, byte-level CSV reader written as an explicit state machine.
///
/// Feed it chunks of any size (a whole file, 1 byte at a time, or the chunks a zip entry is
/// inflated in): the records and line numbers it reports are the same. It follows RFC 4180
/// with these deliberate departures, each of which real LinkedIn exports and their Excel
/// re-saves need:
///
/// - Line breaks may be LF, CRLF or a lone CR, mixed in one file; a final line without a
///   line break is a record.
/// - Rows may have any number of fields (ragged rows); callers map fields by header name.
/// - Blank lines are not records.
/// - A quote inside an unquoted field is an ordinary character (`5" screen`).
/// - Text after a closing quote is kept (`"abc"def` reads `abcdef`) rather than rejected.
/// - An unterminated quoted field is reported as malformed at the line where its record
///   started, and reading resumes on the following line. The same happens to a quoted field
///   that runs past ``maxQuotedLineBreaks`` lines or any record past ``maxRecordBytes``, so
///   one stray quote never swallows the rest of a file and memory stays bounded.
/// - Byte order marks and other encodings are handled before this reader, by
///   ``TextDecodingStream``; this reader sees UTF-8 (or any ASCII-compatible) bytes.
public struct CSVReader: Sendable {
    enum State: Sendable {
        case fieldStart
        case unquoted
        case quoted
        case quotedAfterCR
        case quoteInQuoted
        case afterCR
        case skippingLine
    }

    /// The field separator: `,`, `;` or TAB.
    public let delimiter: UInt8
    /// A quoted field with more line breaks than this is treated as an unterminated quote.
    public var maxQuotedLineBreaks = 10_000
    /// A record with more bytes than this is reported as malformed and skipped.
    public var maxRecordBytes = 32 << 20

    private var state = State.fieldStart
    private var record = CSVRecord()
    private var line = 1
    private var quotedLineBreaks = 0
    /// Raw bytes after the first line break inside a quoted field, kept so the reader can
    /// re-read them if the quote turns out to be unterminated. Nil on the fast path.
    private var recovery: [UInt8]?

    /// True between records: nothing of a record is pending and no line break is half read.
    var isAtRecordBoundary: Bool {
        state == .fieldStart && record.fieldEnds.isEmpty && record.bytes.isEmpty && recovery == nil
    }

    /// The physical line the next record starts on.
    var nextLine: Int { line }

    /// Creates a reader for fields separated by `delimiter`.
    public init(delimiter: UInt8 = ASCII.comma) {
        self.delimiter = delimiter
    }

    /// Reads `chunk`, calling `emit` for every record completed in it.
    public mutating func feed<Failure: Error>(
        _ chunk: UnsafeBufferPointer<UInt8>, _ emit: (CSVEvent) throws(Failure) -> Void
    ) throws(Failure) {
        try withoutActuallyEscaping(emit) { (emit) throws(Failure) in
            var sink = CSVClosureSink(emit: emit)
            try feed(chunk, into: &sink)
        }
    }

    /// Reads `chunk`, handing every record completed in it to `sink`.
    public mutating func feed<Sink: CSVSink>(
        _ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink
    ) throws(Sink.Failure) {
        guard let base = chunk.baseAddress else { return }
        var index = 0
        let end = chunk.count
        while index < end {
            if recovery == nil && quotedLineBreaks == 0 && record.bytes.count <= maxRecordBytes {
                // The fast path: no recovery buffer to fill and no limit close. It stops without
                // progress at what only the general step handles (a line break inside quotes).
                let next = try stepFast(base, from: index, end: end, &sink)
                if next != index {
                    index = next
                    if try enforceLimits(&sink) { continue }
                    continue
                }
            }
            let start = index
            let recording = recovery != nil
            index = try step(chunk, from: index, &sink)
            if recording, recovery != nil, start < index {
                // The step that opens the recovery buffer is not part of it; later steps fill it.
                recovery?.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
            }
            if try enforceLimits(&sink) { continue }
        }
    }

    /// Consumes bytes until a record ends, a quoted field crosses a line break, or the chunk
    /// ends: the loop nearly every byte of a real export goes through.
    private mutating func stepFast<Sink: CSVSink>(
        _ base: UnsafePointer<UInt8>, from start: Int, end: Int, _ sink: inout Sink
    ) throws(Sink.Failure) -> Int {
        var index = start
        let delimiter = self.delimiter
        while index < end {
            switch state {
            case .fieldStart, .unquoted:
                let byte = base[index]
                if byte == delimiter {
                    record.fieldEnds.append(record.bytes.count)
                    state = .fieldStart
                    index += 1
                } else if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                    record.fieldEnds.append(record.bytes.count)
                    try endRecord(&sink)
                    state = byte == ASCII.carriageReturn ? .afterCR : .fieldStart
                    return index + 1
                } else if state == .fieldStart && byte == ASCII.quote {
                    state = .quoted
                    index += 1
                } else {
                    state = .unquoted
                    let runEnd = ByteScan.firstIndex(
                        of: delimiter, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: index + 1, end: end)
                    record.bytes.append(contentsOf: UnsafeBufferPointer(start: base + index, count: runEnd - index))
                    index = runEnd
                }
            case .quoted:
                let byte = base[index]
                if byte == ASCII.quote {
                    state = .quoteInQuoted
                    index += 1
                } else if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                    return index  // the general path opens the recovery buffer
                } else {
                    let runEnd = ByteScan.firstIndex(
                        of: ASCII.quote, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: index + 1, end: end)
                    record.bytes.append(contentsOf: UnsafeBufferPointer(start: base + index, count: runEnd - index))
                    index = runEnd
                }
            case .quoteInQuoted:
                if base[index] == ASCII.quote {
                    record.bytes.append(ASCII.quote)
                    state = .quoted
                    index += 1
                } else {
                    state = .unquoted
                }
            case .afterCR:
                state = .fieldStart
                if base[index] == ASCII.lineFeed { index += 1 }
            case .quotedAfterCR, .skippingLine:
                return index
            }
            if record.bytes.count > maxRecordBytes { return index }
        }
        return index
    }

    /// Convenience for byte arrays.
    public mutating func feed<Failure: Error>(
        _ bytes: [UInt8], _ emit: (CSVEvent) throws(Failure) -> Void
    ) throws(Failure) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in try feed(buffer, emit) }
    }

    mutating func feed<Sink: CSVSink>(_ bytes: [UInt8], into sink: inout Sink) throws(Sink.Failure) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Sink.Failure) in try feed(buffer, into: &sink) }
    }

    /// Ends the input: emits the last record (a final line without a line break) and reports
    /// an unterminated quote.
    public mutating func finish<Failure: Error>(_ emit: (CSVEvent) throws(Failure) -> Void) throws(Failure) {
        try withoutActuallyEscaping(emit) { (emit) throws(Failure) in
            var sink = CSVClosureSink(emit: emit)
            try finish(into: &sink)
        }
    }

    /// Ends the input, handing the last record and any unterminated quote to `sink`.
    public mutating func finish<Sink: CSVSink>(into sink: inout Sink) throws(Sink.Failure) {
        while true {
            switch state {
            case .quoted, .quotedAfterCR:
                try giveUp(reason: "unterminated quoted field", &sink)
                continue  // the re-read tail may itself end inside a quote
            case .unquoted, .quoteInQuoted:
                record.fieldEnds.append(record.bytes.count)
                try emitRecord(&sink)
            case .fieldStart:
                if !record.fieldEnds.isEmpty {
                    record.fieldEnds.append(record.bytes.count)
                    try emitRecord(&sink)
                }
            case .afterCR, .skippingLine:
                break
            }
            state = .fieldStart
            return
        }
    }

    // MARK: - Transitions

    /// Consumes one step (a run of ordinary bytes or one special byte) and returns the new index.
    private mutating func step<Sink: CSVSink>(
        _ chunk: UnsafeBufferPointer<UInt8>, from index: Int, _ sink: inout Sink
    ) throws(Sink.Failure) -> Int {
        let byte = chunk[index]
        switch state {
        case .fieldStart, .unquoted:
            if byte == delimiter {
                endField()
                return index + 1
            }
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                endField()
                try endRecord(&sink)
                state = byte == ASCII.carriageReturn ? .afterCR : .fieldStart
                return index + 1
            }
            if state == .fieldStart && byte == ASCII.quote {
                state = .quoted
                return index + 1
            }
            state = .unquoted
            let delimiter = self.delimiter
            return appendRun(chunk, from: index) {
                $0 == delimiter || $0 == ASCII.lineFeed || $0 == ASCII.carriageReturn
            }
        case .quoted:
            switch byte {
            case ASCII.quote:
                state = .quoteInQuoted
                return index + 1
            case ASCII.lineFeed, ASCII.carriageReturn:
                record.bytes.append(byte)
                line += 1
                quotedLineBreaks += 1
                if recovery == nil { recovery = [] }
                if byte == ASCII.carriageReturn { state = .quotedAfterCR }
                return index + 1
            default:
                return appendRun(chunk, from: index) {
                    $0 == ASCII.quote || $0 == ASCII.lineFeed || $0 == ASCII.carriageReturn
                }
            }
        case .quotedAfterCR:
            state = .quoted
            if byte == ASCII.lineFeed {
                record.bytes.append(byte)
                return index + 1
            }
            return index
        case .quoteInQuoted:
            if byte == ASCII.quote {
                record.bytes.append(ASCII.quote)
                state = .quoted
                return index + 1
            }
            state = .unquoted  // closing quote; a delimiter or line break is handled there
            return index
        case .afterCR:
            state = .fieldStart
            return byte == ASCII.lineFeed ? index + 1 : index
        case .skippingLine:
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                line += 1
                record.reset(line: line)
                state = byte == ASCII.carriageReturn ? .afterCR : .fieldStart
            }
            return index + 1
        }
    }

    private mutating func appendRun(
        _ chunk: UnsafeBufferPointer<UInt8>, from index: Int, until isSpecial: (UInt8) -> Bool
    ) -> Int {
        var end = index
        while end < chunk.count && !isSpecial(chunk[end]) { end += 1 }
        if let base = chunk.baseAddress {
            record.bytes.append(contentsOf: UnsafeBufferPointer(start: base + index, count: end - index))
        }
        return end
    }

    private mutating func endField() {
        record.fieldEnds.append(record.bytes.count)
        state = .fieldStart
    }

    private mutating func endRecord<Sink: CSVSink>(_ sink: inout Sink) throws(Sink.Failure) {
        try emitRecord(&sink)
        line += 1
        record.reset(line: line)
    }

    private mutating func emitRecord<Sink: CSVSink>(_ sink: inout Sink) throws(Sink.Failure) {
        recovery = nil
        quotedLineBreaks = 0
        if !record.isBlank && !record.fieldEnds.isEmpty {
            try sink.record(record)
        }
    }

    /// Applies the size limits; returns true when it had to give up on the current record.
    private mutating func enforceLimits<Sink: CSVSink>(_ sink: inout Sink) throws(Sink.Failure) -> Bool {
        if quotedLineBreaks > maxQuotedLineBreaks {
            try giveUp(reason: "quoted field runs past \(maxQuotedLineBreaks) lines (unterminated quote?)", &sink)
            return true
        }
        if record.bytes.count > maxRecordBytes && state != .skippingLine {
            if state == .quoted || state == .quotedAfterCR, recovery != nil {
                try giveUp(reason: "record longer than \(maxRecordBytes >> 20) MB (unterminated quote?)", &sink)
            } else {
                try sink.malformed(line: record.line, reason: "record longer than \(maxRecordBytes >> 20) MB")
                record.reset(line: record.line)
                recovery = nil
                quotedLineBreaks = 0
                state = .skippingLine
            }
            return true
        }
        return false
    }

    /// Reports the current record as malformed and re-reads everything after its first line.
    private mutating func giveUp<Sink: CSVSink>(reason: String, _ sink: inout Sink) throws(Sink.Failure) {
        let startLine = record.line
        try sink.malformed(line: startLine, reason: reason)
        let tail = recovery ?? []
        recovery = nil
        quotedLineBreaks = 0
        line = startLine + 1
        record.reset(line: line)
        state = .fieldStart
        if !tail.isEmpty {
            try feed(tail, into: &sink)
        }
    }
}
