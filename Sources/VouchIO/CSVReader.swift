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
///   one stray quote never swallows the rest of a file and memory stays bounded, and to a
///   record whose quoted field runs over a line break and that then has another number of
///   fields than the sink expects (``CSVSink/expectedFieldCount``): the quote that opened on
///   its first line never closed, and a later quote ended it. Records on one line are never
///   checked, so this costs nothing on well-formed ones.
/// - Byte order marks and other encodings are handled before this reader, by
///   ``TextDecodingStream``; this reader sees UTF-8 (or any ASCII-compatible) bytes.
public struct CSVReader: Sendable {
    @usableFromInline package enum State: Sendable {
        case fieldStart
        case unquoted
        case quoted
        case quotedAfterCR
        case quoteInQuoted
        case afterCR
        case skippingLine
        /// A record that ran over a quoted line break ended with another number of fields
        /// than the sink expects; ``enforceLimits(_:)`` gives it up once the step that ended
        /// it is recorded. No other code sees this state.
        case misshapen
    }

    /// Where a finished field of the pending record lies: in the chunk being read, or in
    /// ``copied``.
    @usableFromInline package struct Span: Sendable {
        @usableFromInline package var start: Int
        @usableFromInline package var count: Int
        @usableFromInline package var inChunk: Bool

        @inlinable package init(start: Int, count: Int, inChunk: Bool) {
            self.start = start
            self.count = count
            self.inChunk = inChunk
        }
    }

    /// The field separator: `,`, `;` or TAB.
    public let delimiter: UInt8
    /// A quoted field with more line breaks than this is treated as an unterminated quote.
    public var maxQuotedLineBreaks = 10_000
    /// A record with more bytes than this is reported as malformed and skipped.
    public var maxRecordBytes = 32 << 20

    // The stored properties take 104 bytes: at 129 the record loop copied the reader with
    // `memcpy` for every field it read (5% more instructions on a large export).
    @usableFromInline package var state = State.fieldStart
    /// The finished fields of the pending record.
    @usableFromInline package var spans: [Span] = []
    /// Bytes of the pending record that cannot be pointed to in the chunk: fields with doubled
    /// quotes or text after the closing quote, fields read by the general path, and whatever
    /// of the record was read before the current chunk.
    @usableFromInline package var copied: [UInt8] = []
    /// Bytes of the pending record's finished fields that lie in the chunk.
    @usableFromInline package var bytesInChunk = 0
    /// Where the field being read starts: an offset in the chunk when `fieldInChunk`, else in
    /// ``copied``.
    @usableFromInline package var fieldStart = 0
    @usableFromInline package var fieldInChunk = false
    @usableFromInline package var recordLine = 1
    @usableFromInline package var line = 1
    @usableFromInline package var quotedLineBreaks = 0
    /// Raw bytes from the first line break inside a quoted field on, kept so the reader can
    /// re-read them if the quote turns out to be unterminated. Nil on the fast path.
    @usableFromInline package var recovery: [UInt8]?

    /// True between records: nothing of a record is pending and no line break is half read.
    @inlinable package var isAtRecordBoundary: Bool {
        state == .fieldStart && spans.isEmpty && copied.isEmpty && recovery == nil
    }

    /// The physical line the next record starts on.
    @inlinable package var nextLine: Int { line }

    /// The bytes of the pending record read so far (what ``maxRecordBytes`` limits).
    @inlinable package var recordBytes: Int { copied.count + bytesInChunk }

    /// Creates a reader for fields separated by `delimiter`.
    @inlinable public init(delimiter: UInt8 = ASCII.comma) {
        self.delimiter = delimiter
    }

    /// Reads `chunk`, calling `emit` for every record completed in it.
    @inlinable public mutating func feed<Failure: Error>(
        _ chunk: UnsafeBufferPointer<UInt8>, _ emit: (CSVEvent) throws(Failure) -> Void
    ) throws(Failure) {
        try withoutActuallyEscaping(emit) { (emit) throws(Failure) in
            var sink = CSVClosureSink(emit: emit)
            try feed(chunk, into: &sink)
        }
    }

    /// Reads `chunk`, calling `onRecord` with every record completed in it (its fields are
    /// valid only during the call; nothing is copied) and `onMalformed` with every record it
    /// gives up on.
    @inlinable public mutating func feed(
        _ chunk: UnsafeBufferPointer<UInt8>, onRecord: (CSVFields) -> Void,
        onMalformed: (_ line: Int, _ reason: String) -> Void
    ) {
        withoutActuallyEscaping(onRecord) { onRecord in
            withoutActuallyEscaping(onMalformed) { onMalformed in
                var sink = CSVFieldsSink(onRecord: onRecord, onMalformed: onMalformed)
                feed(chunk, into: &sink)
            }
        }
    }

    /// Ends the input like ``finish(_:)``, with the closures of
    /// ``feed(_:onRecord:onMalformed:)``.
    @inlinable public mutating func finish(
        onRecord: (CSVFields) -> Void, onMalformed: (_ line: Int, _ reason: String) -> Void
    ) {
        withoutActuallyEscaping(onRecord) { onRecord in
            withoutActuallyEscaping(onMalformed) { onMalformed in
                var sink = CSVFieldsSink(onRecord: onRecord, onMalformed: onMalformed)
                finish(into: &sink)
            }
        }
    }

    /// Reads `chunk`, handing every record completed in it to `sink`.
    @inlinable public mutating func feed<Sink: CSVSink>(
        _ chunk: UnsafeBufferPointer<UInt8>, into sink: inout Sink
    ) throws(Sink.Failure) {
        guard let base = chunk.baseAddress else { return }
        var index = 0
        let end = chunk.count
        let buffers = RecordBuffers(scratchCapacity: min(end, RecordBuffers.maxScratch))
        defer { buffers.deallocate() }
        while index < end {
            if recovery == nil && quotedLineBreaks == 0 && recordBytes <= maxRecordBytes {
                // The fast path: no recovery buffer to fill and no limit close. It stops without
                // progress at what only the general step handles (a line break inside quotes).
                let next = try stepFast(base, from: index, end: end, buffers, &sink)
                if next != index {
                    index = next
                    try enforceLimits(&sink)
                    continue
                }
            }
            if fieldInChunk { keepField(base, upTo: index) }
            let start = index
            let recording = recovery != nil
            index = try step(chunk, from: index, &sink)
            if recording, recovery != nil, start < index {
                // The step that opens the recovery buffer puts its line break in; later steps fill it.
                recovery?.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
            }
            try enforceLimits(&sink)
        }
        keepPendingRecord(base, end: end)
    }

    /// Copies what the pending record has in the chunk, which goes away when `feed` returns.
    /// A field being copied stays last in ``copied``, where it grows.
    @inlinable package mutating func keepPendingRecord(_ base: UnsafePointer<UInt8>, end: Int) {
        if bytesInChunk > 0 {
            let copying = !fieldInChunk && state != .fieldStart && state != .afterCR && state != .skippingLine
            let open = copying ? Array(copied[fieldStart...]) : []
            if copying { copied.removeSubrange(fieldStart...) }
            for index in spans.indices where spans[index].inChunk {
                let span = spans[index]
                spans[index] = Span(start: copied.count, count: span.count, inChunk: false)
                copied.append(contentsOf: UnsafeBufferPointer(start: base + span.start, count: span.count))
            }
            bytesInChunk = 0
            if copying {
                fieldStart = copied.count
                copied.append(contentsOf: open)
            }
        }
        if fieldInChunk { keepField(base, upTo: end) }
    }

    /// Hands the first `count` fields of the record at `recordStart` over to the field-by-field
    /// loop as spans (those in the scratch buffer copied), as if it had read them; returns
    /// `position`, where the next field starts. With no fields read, nothing changes.
    @inlinable package mutating func handOver(
        _ fields: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>, _ count: Int, _ buffers: RecordBuffers,
        _ base: UnsafePointer<UInt8>, at position: Int, recordStart: Int
    ) -> Int {
        guard count > 0 else { return recordStart }
        for field in fields[..<count] {
            if let start = field.baseAddress, buffers.holds(start) {
                spans.append(Span(start: copied.count, count: field.count, inChunk: false))
                copied.append(contentsOf: field)
            } else {
                let offset = field.baseAddress.map { $0 - base } ?? position
                addChunkField(from: offset, to: offset + field.count)
            }
        }
        return position
    }

    /// One step of a field left open, in the chunk or copied: the rest of a run (with the
    /// delimiter or line break that ends it), the byte after a quote inside quotes, or the line
    /// feed of a CRLF. The general path takes these steps too.
    @inlinable package mutating func resumeField<Sink: CSVSink>(
        _ base: UnsafePointer<UInt8>, from index: Int, end: Int, _ sink: inout Sink
    ) throws(Sink.Failure) -> Int {
        switch state {
        case .unquoted:
            let stop = ByteScan.firstIndex(
                of: delimiter, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: index, end: end)
            if !fieldInChunk {
                copied.append(contentsOf: UnsafeBufferPointer(start: base + index, count: stop - index))
            }
            if stop == end { return end }
            endField(contentEnd: stop)
            if base[stop] != delimiter { try endRecord(at: base[stop], base, &sink) }
            return stop + 1
        case .quoted:
            let stop = ByteScan.firstIndex(
                of: ASCII.quote, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: index, end: end)
            if !fieldInChunk {
                copied.append(contentsOf: UnsafeBufferPointer(start: base + index, count: stop - index))
            }
            if stop == end || base[stop] != ASCII.quote { return stop }  // a line break: the general path
            state = .quoteInQuoted
            return stop + 1
        case .quoteInQuoted:
            // The byte after a quote inside a quoted field: a second quote, or the field's end.
            let byte = base[index]
            if endsField(byte) {
                if fieldInChunk { endField(contentEnd: index - 1) } else { endField() }
                if byte != delimiter { try endRecord(at: byte, base, &sink) }
                return index + 1
            }
            if fieldInChunk { keepField(base, upTo: index) }
            if byte == ASCII.quote {
                copied.append(ASCII.quote)
                state = .quoted
                return index + 1
            }
            state = .unquoted  // text after the closing quote is kept: `"abc"def` reads `abcdef`
            return index
        case .afterCR:
            state = .fieldStart
            return base[index] == ASCII.lineFeed ? index + 1 : index
        case .fieldStart, .quotedAfterCR, .skippingLine, .misshapen:
            return index
        }
    }

    /// Copies the chunk part of the field being read (up to `position`) so it can continue
    /// elsewhere: in a later chunk, or after a doubled quote.
    @inlinable package mutating func keepField(_ base: UnsafePointer<UInt8>, upTo position: Int) {
        // In `quoteInQuoted` the quote just read is not content (yet).
        let contentEnd = state == .quoteInQuoted ? position - 1 : position
        let start = copied.count
        copied.append(contentsOf: UnsafeBufferPointer(start: base + fieldStart, count: contentEnd - fieldStart))
        fieldStart = start
        fieldInChunk = false
    }

    /// Ends the field being read; `contentEnd` is where its bytes end in the chunk when they
    /// lie there.
    @inlinable package mutating func endField(contentEnd: Int = 0) {
        if fieldInChunk {
            fieldInChunk = false
            addChunkField(from: fieldStart, to: contentEnd)
        } else {
            spans.append(Span(start: fieldStart, count: copied.count - fieldStart, inChunk: false))
        }
        state = .fieldStart
    }

    @inline(__always)
    @inlinable package mutating func addChunkField(from start: Int, to end: Int) {
        spans.append(Span(start: start, count: end - start, inChunk: true))
        bytesInChunk += end - start
    }

    /// Convenience for byte arrays.
    @inlinable public mutating func feed<Failure: Error>(
        _ bytes: [UInt8], _ emit: (CSVEvent) throws(Failure) -> Void
    ) throws(Failure) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Failure) in try feed(buffer, emit) }
    }

    @inlinable package mutating func feed<Sink: CSVSink>(_ bytes: [UInt8], into sink: inout Sink) throws(Sink.Failure) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Sink.Failure) in try feed(buffer, into: &sink) }
    }

    /// Ends the input: emits the last record (a final line without a line break) and reports
    /// an unterminated quote.
    @inlinable public mutating func finish<Failure: Error>(_ emit: (CSVEvent) throws(Failure) -> Void) throws(Failure) {
        try withoutActuallyEscaping(emit) { (emit) throws(Failure) in
            var sink = CSVClosureSink(emit: emit)
            try finish(into: &sink)
        }
    }

    /// Ends the input, handing the last record and any unterminated quote to `sink`.
    @inlinable public mutating func finish<Sink: CSVSink>(into sink: inout Sink) throws(Sink.Failure) {
        // After `feed`, nothing of the pending record lies in a chunk.
        while true {
            switch state {
            case .quoted, .quotedAfterCR:
                try giveUp(reason: "unterminated quoted field", &sink)
                continue  // the re-read tail may itself end inside a quote
            case .unquoted, .quoteInQuoted:
                endField()
                if try gaveUpMisshapen(&sink) { continue }
                try emitRecord(nil, &sink)
            case .fieldStart:
                if !spans.isEmpty {
                    fieldStart = copied.count
                    endField()
                    if try gaveUpMisshapen(&sink) { continue }
                    try emitRecord(nil, &sink)
                }
            case .afterCR, .skippingLine, .misshapen:
                break
            }
            resetRecord()
            state = .fieldStart
            return
        }
    }
}
