/// The fast path: records that lie whole in the chunk are read without per-field state.
extension CSVReader {
    /// Consumes bytes until the chunk ends, a quoted field crosses a line break or a record
    /// grows past the limit: the loop nearly every byte of a real export goes through. A field
    /// that can be taken as it stands is only marked (start and end in the chunk); one that
    /// cannot (doubled quotes, text after the closing quote, read on from an earlier chunk)
    /// is copied.
    @inlinable package mutating func stepFast<Sink: CSVSink>(
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
    @inlinable package mutating func readRecords<Sink: CSVSink>(
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
    @inlinable package func wholeField(
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
    @inlinable package func quotedField(
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
    @inlinable package static func content(_ start: UnsafePointer<UInt8>, _ count: Int) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: count == 0 ? nil : start, count: count)
    }

    /// True when `byte` ends a field: the delimiter or a line break.
    @inline(__always)
    @inlinable package func endsField(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == ASCII.lineFeed || byte == ASCII.carriageReturn
    }
}
