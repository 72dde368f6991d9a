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

    /// Where a finished field of the pending record lies: in the chunk being read, or in
    /// ``copied``.
    private struct Span: Sendable {
        var start: Int
        var count: Int
        var inChunk: Bool
    }

    /// The field separator: `,`, `;` or TAB.
    public let delimiter: UInt8
    /// A quoted field with more line breaks than this is treated as an unterminated quote.
    public var maxQuotedLineBreaks = 10_000
    /// A record with more bytes than this is reported as malformed and skipped.
    public var maxRecordBytes = 32 << 20

    private var state = State.fieldStart
    /// The finished fields of the pending record.
    private var spans: [Span] = []
    /// Bytes of the pending record that cannot be pointed to in the chunk: fields with doubled
    /// quotes or text after the closing quote, fields read by the general path, and whatever
    /// of the record was read before the current chunk.
    private var copied: [UInt8] = []
    /// Bytes of the pending record's finished fields that lie in the chunk.
    private var bytesInChunk = 0
    /// Where the field being read starts: an offset in the chunk when `fieldInChunk`, else in
    /// ``copied``.
    private var fieldStart = 0
    private var fieldInChunk = false
    private var recordLine = 1
    private var line = 1
    private var quotedLineBreaks = 0
    /// Raw bytes after the first line break inside a quoted field, kept so the reader can
    /// re-read them if the quote turns out to be unterminated. Nil on the fast path.
    private var recovery: [UInt8]?

    /// True between records: nothing of a record is pending and no line break is half read.
    var isAtRecordBoundary: Bool {
        state == .fieldStart && spans.isEmpty && copied.isEmpty && recovery == nil
    }

    /// The physical line the next record starts on.
    var nextLine: Int { line }

    /// The bytes of the pending record read so far (what ``maxRecordBytes`` limits).
    private var recordBytes: Int { copied.count + bytesInChunk }

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

    /// Reads `chunk`, calling `onRecord` with every record completed in it (its fields are
    /// valid only during the call; nothing is copied) and `onMalformed` with every record it
    /// gives up on.
    public mutating func feed(
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
    public mutating func finish(
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
    public mutating func feed<Sink: CSVSink>(
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
                // The step that opens the recovery buffer is not part of it; later steps fill it.
                recovery?.append(contentsOf: UnsafeBufferPointer(start: base + start, count: index - start))
            }
            try enforceLimits(&sink)
        }
        keepPendingRecord(base, end: end)
    }

    /// Copies what the pending record has in the chunk, which goes away when `feed` returns.
    /// A field being copied stays last in ``copied``, where it grows.
    private mutating func keepPendingRecord(_ base: UnsafePointer<UInt8>, end: Int) {
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

    /// Consumes bytes until the chunk ends, a quoted field crosses a line break or a record
    /// grows past the limit: the loop nearly every byte of a real export goes through. A field
    /// that can be taken as it stands is only marked (start and end in the chunk); one that
    /// cannot (doubled quotes, text after the closing quote, read on from an earlier chunk)
    /// is copied.
    private mutating func stepFast<Sink: CSVSink>(
        _ base: UnsafePointer<UInt8>, from start: Int, end: Int, _ buffers: RecordBuffers, _ sink: inout Sink
    ) throws(Sink.Failure) -> Int {
        var index = start
        // First the field (or line break) left open by the last chunk or the general path.
        while state != .fieldStart {
            guard index < end else { return index }
            let before = state
            let next = try resumeField(base, from: index, end: end, &sink)
            if (next == index && state == before) || recordBytes > maxRecordBytes { return next }
            index = next
        }
        // Then whole fields, each from its first byte, with the state kept in the code: the
        // reader's state is written only where the chunk or this path ends.
        let delimiter = self.delimiter
        while index < end {
            if spans.isEmpty && copied.isEmpty {
                // A record starts here: whole records are read without any per-field state.
                let (next, handedOver) = try readRecords(base, from: index, end: end, buffers, &sink)
                if next == end || state != .fieldStart { return next }
                index = next
                if handedOver { continue }
            }
            let byte = base[index]
            var stop: Int
            if byte == ASCII.quote {
                let contentStart = index + 1
                stop = ByteScan.firstIndex(
                    of: ASCII.quote, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: contentStart, end: end)
                if stop == end || base[stop] != ASCII.quote {
                    state = .quoted  // continues in the next chunk, or a line break inside quotes
                    fieldStart = contentStart
                    fieldInChunk = true
                    return stop
                }
                stop += 1
                if stop == end || !endsField(base[stop]) {
                    state = .quoteInQuoted  // a doubled quote or text after the closing quote
                    fieldStart = contentStart
                    fieldInChunk = true
                    return stop
                }
                addChunkField(from: contentStart, to: stop - 1)
            } else if endsField(byte) {
                stop = index
                addChunkField(from: index, to: index)
            } else {
                stop = ByteScan.firstIndex(
                    of: delimiter, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: index + 1, end: end)
                if stop == end {
                    state = .unquoted
                    fieldStart = index
                    fieldInChunk = true
                    return end
                }
                addChunkField(from: index, to: stop)
            }
            // `stop` is the delimiter or line break after the field.
            index = stop + 1
            if base[stop] == delimiter {
                if recordBytes > maxRecordBytes { return index }
                continue
            }
            try endRecord(at: base[stop], base, &sink)
            if state == .afterCR {
                if index == end { return index }
                state = .fieldStart
                if base[index] == ASCII.lineFeed { index += 1 }
            }
        }
        return index
    }

    /// Reads whole records that lie in the chunk, from `start` (a record's first byte), and
    /// hands each to `sink` with its fields pointing into the chunk, or into `buffers` for
    /// quoted fields with doubled quotes: nothing per field is stored in the reader. Stops at
    /// the first record it cannot finish in the chunk or that needs the general path (see
    /// ``wholeField(_:at:end:_:scratchUsed:)``; also more fields than it has room for, and the
    /// size limit); the fields of that record read so far are handed over as spans, so the
    /// field-by-field loop goes on from the next one exactly as if it had read them itself.
    /// Returns where it stopped and whether it handed fields over.
    private mutating func readRecords<Sink: CSVSink>(
        _ base: UnsafePointer<UInt8>, from start: Int, end: Int, _ buffers: RecordBuffers, _ sink: inout Sink
    ) throws(Sink.Failure) -> (next: Int, handedOver: Bool) {
        let fields = buffers.fields
        var recordStart = start
        while recordStart < end {
            var count = 0
            var scratchUsed = 0
            var position = recordStart
            var terminator: UInt8
            repeat {
                guard count < fields.count, position < end,
                    let (field, stop) = wholeField(base, at: position, end: end, buffers, scratchUsed: &scratchUsed),
                    stop - recordStart <= maxRecordBytes
                else {
                    return (handOver(fields, count, buffers, base, at: position, recordStart: recordStart), count > 0)
                }
                fields[count] = field
                count += 1
                position = stop + 1
                terminator = base[stop]
            } while terminator == delimiter
            // A blank line (one empty field) is not a record.
            if count > 1 || !fields[0].isEmpty {
                try sink.record(CSVFields(line: line, fields: UnsafeBufferPointer(rebasing: fields[..<count])))
            }
            line += 1
            recordLine = line
            recordStart = position
            if terminator == ASCII.carriageReturn {
                if recordStart == end {
                    state = .afterCR
                    break
                }
                if base[recordStart] == ASCII.lineFeed { recordStart += 1 }
            }
        }
        return (recordStart, false)
    }

    /// The field whose first byte is at `position`, when it ends in the chunk and the state
    /// machine would take it as it stands or only take out doubled quotes: its content (see
    /// ``content(_:_:)``) and the index of the delimiter or line break after it. Nil when the
    /// field needs the general path: a line break inside quotes, text after a closing quote,
    /// the chunk's end, or content with doubled quotes that does not fit in the scratch
    /// buffer, where it is copied from `scratchUsed` on, one quote for each pair.
    @inline(__always)
    private func wholeField(
        _ base: UnsafePointer<UInt8>, at position: Int, end: Int, _ buffers: RecordBuffers, scratchUsed: inout Int
    ) -> (UnsafeBufferPointer<UInt8>, Int)? {
        guard base[position] == ASCII.quote else {
            let stop =
                endsField(base[position])
                ? position
                : ByteScan.firstIndex(
                    of: delimiter, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: position + 1, end: end)
            guard stop < end else { return nil }
            return (Self.content(base + position, stop - position), stop)
        }
        return quotedField(base, at: position, end: end, buffers, scratchUsed: &scratchUsed)
    }

    /// ``wholeField(_:at:end:_:scratchUsed:)`` for a field that starts with a quote. Out of
    /// line on purpose: inlined into the record loop, its search cost about 115 instructions a
    /// message more on the maximum export (callgrind).
    private func quotedField(
        _ base: UnsafePointer<UInt8>, at position: Int, end: Int, _ buffers: RecordBuffers, scratchUsed: inout Int
    ) -> (UnsafeBufferPointer<UInt8>, Int)? {
        let contentStart = position + 1
        var runStart = contentStart
        // Where the content starts in the scratch buffer, once a doubled quote was found.
        var copyStart: Int?
        while true {
            let quote = ByteScan.firstIndex(
                of: ASCII.quote, ASCII.lineFeed, ASCII.carriageReturn, in: base, from: runStart, end: end)
            guard quote + 1 < end, base[quote] == ASCII.quote else { return nil }
            let doubled = base[quote + 1] == ASCII.quote
            guard doubled || endsField(base[quote + 1]) else { return nil }
            if copyStart == nil && !doubled {
                return (Self.content(base + contentStart, quote - contentStart), quote + 1)
            }
            // The run before the quote, with the quote when it is doubled.
            let length = quote - runStart + (doubled ? 1 : 0)
            guard let scratch = buffers.scratch.baseAddress, scratchUsed + length <= buffers.scratch.count else {
                return nil
            }
            if copyStart == nil { copyStart = scratchUsed }
            UnsafeMutableRawPointer(scratch + scratchUsed).copyMemory(from: base + runStart, byteCount: length)
            scratchUsed += length
            if let copyStart, !doubled {
                return (Self.content(scratch + copyStart, scratchUsed - copyStart), quote + 1)
            }
            runStart = quote + 2
        }
    }

    /// A field's bytes; an empty field has no address, as the state machine hands it on.
    @inline(__always)
    private static func content(_ start: UnsafePointer<UInt8>, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: count == 0 ? nil : start, count: count)
    }

    /// True when `byte` ends a field: the delimiter or a line break.
    @inline(__always)
    private func endsField(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
    }

    /// Hands the first `count` fields of the record at `recordStart` over to the field-by-field
    /// loop as spans (those in the scratch buffer copied), as if it had read them; returns
    /// `position`, where the next field starts. With no fields read, nothing changes.
    private mutating func handOver(
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
    private mutating func resumeField<Sink: CSVSink>(
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
        case .fieldStart, .quotedAfterCR, .skippingLine:
            return index
        }
    }

    /// Copies the chunk part of the field being read (up to `position`) so it can continue
    /// elsewhere: in a later chunk, or after a doubled quote.
    private mutating func keepField(_ base: UnsafePointer<UInt8>, upTo position: Int) {
        // In `quoteInQuoted` the quote just read is not content (yet).
        let contentEnd = state == .quoteInQuoted ? position - 1 : position
        let start = copied.count
        copied.append(contentsOf: UnsafeBufferPointer(start: base + fieldStart, count: contentEnd - fieldStart))
        fieldStart = start
        fieldInChunk = false
    }

    /// Ends the field being read; `contentEnd` is where its bytes end in the chunk when they
    /// lie there.
    private mutating func endField(contentEnd: Int = 0) {
        if fieldInChunk {
            fieldInChunk = false
            addChunkField(from: fieldStart, to: contentEnd)
        } else {
            spans.append(Span(start: fieldStart, count: copied.count - fieldStart, inChunk: false))
        }
        state = .fieldStart
    }

    @inline(__always)
    private mutating func addChunkField(from start: Int, to end: Int) {
        spans.append(Span(start: start, count: end - start, inChunk: true))
        bytesInChunk += end - start
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
        // After `feed`, nothing of the pending record lies in a chunk.
        while true {
            switch state {
            case .quoted, .quotedAfterCR:
                try giveUp(reason: "unterminated quoted field", &sink)
                continue  // the re-read tail may itself end inside a quote
            case .unquoted, .quoteInQuoted:
                endField()
                try emitRecord(nil, &sink)
            case .fieldStart:
                if !spans.isEmpty {
                    fieldStart = copied.count
                    endField()
                    try emitRecord(nil, &sink)
                }
            case .afterCR, .skippingLine:
                break
            }
            resetRecord()
            state = .fieldStart
            return
        }
    }

    // MARK: - Transitions

    /// Consumes one step and returns the new index: what only this path handles (a field's
    /// first byte while recording, a line break inside quotes, a skipped line); the rest is
    /// ``resumeField(_:from:end:_:)``. Every field this path reads is copied.
    private mutating func step<Sink: CSVSink>(
        _ chunk: UnsafeBufferPointer<UInt8>, from index: Int, _ sink: inout Sink
    ) throws(Sink.Failure) -> Int {
        guard let base = chunk.baseAddress else { return index }
        let byte = chunk[index]
        switch state {
        case .fieldStart:
            fieldStart = copied.count
            if byte == ASCII.quote {
                state = .quoted
                return index + 1
            }
            state = .unquoted  // a run, or an empty field ended here
        case .quoted where byte == ASCII.lineFeed || byte == ASCII.carriageReturn:
            copied.append(byte)
            line += 1
            quotedLineBreaks += 1
            if recovery == nil { recovery = [] }
            if byte == ASCII.carriageReturn { state = .quotedAfterCR }
            return index + 1
        case .quotedAfterCR:
            state = .quoted
            if byte == ASCII.lineFeed {
                copied.append(byte)
                return index + 1
            }
            return index
        case .skippingLine:
            if byte == ASCII.lineFeed || byte == ASCII.carriageReturn {
                line += 1
                resetRecord()
                state = byte == ASCII.carriageReturn ? .afterCR : .fieldStart
            }
            return index + 1
        case .unquoted, .quoted, .quoteInQuoted, .afterCR:
            break
        }
        return try resumeField(base, from: index, end: chunk.count, &sink)
    }

    /// Starts a record on ``line``, nothing of it read.
    private mutating func resetRecord() {
        spans.removeAll(keepingCapacity: true)
        copied.removeAll(keepingCapacity: true)
        bytesInChunk = 0
        fieldInChunk = false
        recovery = nil
        quotedLineBreaks = 0
        recordLine = line
    }

    private var tooLong: String { "record longer than \(maxRecordBytes >> 20) MB" }

    /// Hands the record ended by line break `byte` on (or reports it, when it grew past the
    /// limit) and starts the next one on the next line; after a CR, a LF is part of the break.
    private mutating func endRecord<Sink: CSVSink>(at byte: UInt8, _ base: UnsafePointer<UInt8>, _ sink: inout Sink)
        throws(Sink.Failure)
    {
        if recordBytes > maxRecordBytes {
            try sink.malformed(line: recordLine, reason: tooLong)
        } else {
            try emitRecord(base, &sink)
        }
        line += 1
        resetRecord()
        state = byte == ASCII.carriageReturn ? .afterCR : .fieldStart
    }

    /// Hands the record on, its fields resolved to buffers in the chunk (`base`) or in
    /// ``copied``; a blank line (one empty field) is not a record.
    private mutating func emitRecord<Sink: CSVSink>(_ base: UnsafePointer<UInt8>?, _ sink: inout Sink)
        throws(Sink.Failure)
    {
        if spans.isEmpty || (spans.count == 1 && spans[0].count == 0) { return }
        let line = recordLine
        try copied.withUnsafeBufferPointer { (copied) throws(Sink.Failure) in
            try spans.withUnsafeBufferPointer { (spans) throws(Sink.Failure) in
                try withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt8>.self, capacity: spans.count) {
                    (fields) throws(Sink.Failure) in
                    for index in spans.indices {
                        let span = spans[index]
                        let origin = span.count == 0 ? nil : span.inChunk ? base : copied.baseAddress
                        fields[index] = UnsafeBufferPointer(start: origin.map { $0 + span.start }, count: span.count)
                    }
                    try sink.record(CSVFields(line: line, fields: UnsafeBufferPointer(fields)))
                }
            }
        }
    }

    /// Applies the size limits: gives up on a record past them.
    private mutating func enforceLimits<Sink: CSVSink>(_ sink: inout Sink) throws(Sink.Failure) {
        if quotedLineBreaks > maxQuotedLineBreaks {
            try giveUp(reason: "quoted field runs past \(maxQuotedLineBreaks) lines (unterminated quote?)", &sink)
        } else if recordBytes > maxRecordBytes && state != .skippingLine {
            if state == .quoted || state == .quotedAfterCR, recovery != nil {
                try giveUp(reason: tooLong + " (unterminated quote?)", &sink)
            } else {
                try sink.malformed(line: recordLine, reason: tooLong)
                resetRecord()
                state = .skippingLine
            }
        }
    }

    /// Reports the current record as malformed and re-reads everything after its first line.
    private mutating func giveUp<Sink: CSVSink>(reason: String, _ sink: inout Sink) throws(Sink.Failure) {
        let startLine = recordLine
        try sink.malformed(line: startLine, reason: reason)
        let tail = recovery ?? []
        line = startLine + 1
        resetRecord()
        state = .fieldStart
        if !tail.isEmpty {
            try feed(tail, into: &sink)
        }
    }
}

/// The memory ``CSVReader`` reads whole records into during one `feed`: where each field of
/// the record lies, and room for quoted fields whose doubled quotes are taken out.
private struct RecordBuffers {
    /// Records with more fields go the field-by-field way.
    static let maxFields = 64
    /// Doubled-quote content beyond this in one record goes the field-by-field way too.
    static let maxScratch = 1 << 16

    let fields: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>
    let scratch: UnsafeMutableBufferPointer<UInt8>

    init(scratchCapacity: Int) {
        fields = .allocate(capacity: Self.maxFields)
        scratch = .allocate(capacity: scratchCapacity)
    }

    /// True when `pointer` points into the scratch buffer.
    func holds(_ pointer: UnsafePointer<UInt8>) -> Bool {
        guard let start = scratch.baseAddress else { return false }
        return pointer >= UnsafePointer(start) && pointer < UnsafePointer(start + scratch.count)
    }

    func deallocate() {
        fields.deallocate()
        scratch.deallocate()
    }
}
