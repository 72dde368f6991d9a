/// The field-by-field state machine: what the fast path hands over.
extension CSVReader {
    /// Consumes one step and returns the new index: what only this path handles (a field's
    /// first byte while recording, a line break inside quotes, a skipped line); the rest is
    /// ``resumeField(_:from:end:_:)``. Every field this path reads is copied.
    @inlinable package mutating func step<Sink: CSVSink>(
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
            if recovery == nil { recovery = [byte] }
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
        case .unquoted, .quoted, .quoteInQuoted, .afterCR, .misshapen:
            break
        }
        return try resumeField(base, from: index, end: chunk.count, &sink)
    }

    /// Starts a record on ``line``, nothing of it read.
    @inlinable package mutating func resetRecord() {
        spans.removeAll(keepingCapacity: true)
        copied.removeAll(keepingCapacity: true)
        bytesInChunk = 0
        fieldInChunk = false
        recovery = nil
        quotedLineBreaks = 0
        recordLine = line
    }

    @inlinable package var tooLong: String { "record longer than \(maxRecordBytes >> 20) MB" }

    /// Hands the record ended by line break `byte` on (or reports it, when it grew past the
    /// limit) and starts the next one on the next line; after a CR, a LF is part of the break.
    @inlinable package mutating func endRecord<Sink: CSVSink>(
        at byte: UInt8, _ base: UnsafePointer<UInt8>, _ sink: inout Sink
    )
        throws(Sink.Failure)
    {
        if recordBytes > maxRecordBytes {
            try sink.malformed(line: recordLine, reason: tooLong)
        } else if recovery != nil, isMisshapen(sink) {
            state = .misshapen
            return
        } else {
            try emitRecord(base, &sink)
        }
        line += 1
        resetRecord()
        state = byte == ASCII.carriageReturn ? .afterCR : .fieldStart
    }

    /// Hands the record on, its fields resolved to buffers in the chunk (`base`) or in
    /// ``copied``; a blank line (one empty field) is not a record.
    @inlinable package mutating func emitRecord<Sink: CSVSink>(_ base: UnsafePointer<UInt8>?, _ sink: inout Sink)
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
    @inlinable package mutating func enforceLimits<Sink: CSVSink>(_ sink: inout Sink) throws(Sink.Failure) {
        if quotedLineBreaks > maxQuotedLineBreaks {
            try giveUp(reason: "quoted field runs past \(maxQuotedLineBreaks) lines (unterminated quote?)", &sink)
        } else if state == .misshapen {
            try giveUp(reason: unterminatedQuote(sink), &sink)
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

    /// True when the pending record, its fields ended, has another number of fields than `sink`
    /// expects. Asked only of records that ran over a quoted line break, and out of line, so
    /// the loops that end records stay as they were.
    @inline(never)
    @inlinable package func isMisshapen<Sink: CSVSink>(_ sink: Sink) -> Bool {
        guard let expected = sink.expectedFieldCount else { return false }
        return spans.count != expected
    }

    /// At the end of the input: gives the pending record up, as ``endRecord(at:_:_:)`` would,
    /// when it ran over a quoted line break and has another number of fields than `sink`
    /// expects. Its fields must be ended. Returns whether it did.
    @inlinable package mutating func gaveUpMisshapen<Sink: CSVSink>(_ sink: inout Sink) throws(Sink.Failure) -> Bool {
        guard recovery != nil, isMisshapen(sink) else { return false }
        try giveUp(reason: unterminatedQuote(sink), &sink)
        return true
    }

    /// Why a record that ran over a quoted line break with the wrong number of fields was
    /// skipped.
    @inlinable package func unterminatedQuote<Sink: CSVSink>(_ sink: Sink) -> String {
        "unterminated quote: the quoted field opened on this line does not close on it (read on, the row "
            + "would have \(spans.count) fields, not the header's \(sink.expectedFieldCount ?? 0)); "
            + "the next lines were read on their own"
    }

    /// Reports the current record as malformed and re-reads everything after its first line.
    @inlinable package mutating func giveUp<Sink: CSVSink>(reason: String, _ sink: inout Sink) throws(Sink.Failure) {
        let startLine = recordLine
        try sink.malformed(line: startLine, reason: reason)
        let tail = recovery ?? []
        // The tail starts with the line break that ended the record's first line.
        line = tail.isEmpty ? startLine + 1 : startLine
        resetRecord()
        state = .fieldStart
        if !tail.isEmpty {
            try feed(tail, into: &sink)
        }
    }
}
