// Differential fuzzing of the CSV reader: the records must be the same whatever the chunking
// (whole input, 1-byte chunks, chunks sized by the input's first byte), and for input a plain
// RFC 4180 reader accepts, the same as that reader's.
import VouchIO

func records(_ bytes: [UInt8], chunk: Int) -> [[[UInt8]]] {
    var reader = CSVReader()
    reader.maxQuotedLineBreaks = 64
    var result: [[[UInt8]]] = []
    let handle: (CSVEvent) -> Void = { event in
        switch event {
        case let .record(record): result.append((0..<record.count).map { Array(record.field($0)) })
        case let .malformed(line, _): result.append([[UInt8(truncatingIfNeeded: line)], [0xFF]])
        }
    }
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + chunk)
        reader.feed(Array(bytes[offset..<end]), handle)
        offset = end
    }
    reader.finish(handle)
    return result
}

/// A plain reader of well-formed CSV; nil for anything it calls malformed.
func reference(_ bytes: [UInt8]) -> [[[UInt8]]]? {
    var records: [[[UInt8]]] = []
    var record: [[UInt8]] = []
    var field: [UInt8] = []
    var index = 0
    var inQuotes = false
    var started = false
    var quoted = false
    func endRecord() {
        record.append(field)
        if !(record.count == 1 && record[0].isEmpty) { records.append(record) }
        record = []
        field = []
        started = false
        quoted = false
    }
    while index < bytes.count {
        let byte = bytes[index]
        if inQuotes {
            if byte == 0x22 {
                if index + 1 < bytes.count && bytes[index + 1] == 0x22 {
                    field.append(0x22)
                    index += 1
                } else {
                    inQuotes = false
                    if index + 1 < bytes.count, ![0x2C, 0x0A, 0x0D].contains(bytes[index + 1]) { return nil }
                }
            } else {
                if byte == 0x0A || byte == 0x0D { return nil }  // multi-line fields: compared by chunking only
                field.append(byte)
            }
        } else if byte == 0x22 {
            if started { return nil }
            inQuotes = true
            quoted = true
            started = true
        } else if byte == 0x2C {
            record.append(field)
            field = []
            started = false
            quoted = false
        } else if byte == 0x0A {
            endRecord()
        } else if byte == 0x0D {
            endRecord()
            if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
        } else {
            if quoted { return nil }
            field.append(byte)
            started = true
        }
        index += 1
    }
    if inQuotes { return nil }
    if started || !record.isEmpty || !field.isEmpty { endRecord() }
    return records
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let whole = records(bytes, chunk: max(1, bytes.count))
    let single = records(bytes, chunk: 1)
    let odd = records(bytes, chunk: Int(bytes.first ?? 7) % 13 + 1)
    precondition(whole == single, "1-byte chunks disagree with the whole buffer")
    precondition(whole == odd, "odd chunks disagree with the whole buffer")
    if let expected = reference(bytes) {
        precondition(whole == expected, "the reader disagrees with the reference reader")
    }
    return 0
}
