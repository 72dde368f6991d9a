/// A record kept after reading: the unquoted bytes of every field stored back to back, plus
/// the end offset of each field. What the closure form of ``CSVReader`` hands out, and what a
/// caller keeps of a ``CSVFields`` (``CSVFields/owned()``).
public struct CSVRecord: Sendable {
    /// The field contents, concatenated, quotes already removed.
    public let bytes: [UInt8]
    /// `fieldEnds[i]` is the end offset of field `i` in ``bytes``.
    public let fieldEnds: [Int]
    /// The 1-based physical line on which the record starts.
    public let line: Int

    init(bytes: [UInt8] = [], fieldEnds: [Int] = [], line: Int = 1) {
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.line = line
    }

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

    /// Calls `body` with the record's fields as buffers into its bytes.
    func withFields<Result>(_ body: (CSVFields) throws -> Result) rethrows -> Result {
        try bytes.withUnsafeBufferPointer { bytes in
            try withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt8>.self, capacity: fieldEnds.count) {
                fields in
                for index in fieldEnds.indices {
                    let start = index == 0 ? 0 : fieldEnds[index - 1]
                    fields[index] = UnsafeBufferPointer(rebasing: bytes[start..<fieldEnds[index]])
                }
                return try body(CSVFields(line: line, fields: UnsafeBufferPointer(fields)))
            }
        }
    }
}

/// A record as ``CSVReader`` hands it to a ``CSVSink``: each field's bytes where they lie, in
/// the chunk being read when the field could be taken as it stands (unquoted, or quoted
/// without doubled quotes, within one chunk), else in the reader's own buffer. Valid only
/// during the call; ``owned()`` keeps a copy.
public struct CSVFields {
    /// The 1-based physical line on which the record starts.
    public let line: Int
    private let fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>

    init(line: Int, fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>) {
        self.line = line
        self.fields = fields
    }

    /// The number of fields in the record.
    public var count: Int { fields.count }

    /// The bytes of field `index`; empty for a negative index (a column the file lacks) or a
    /// short row.
    @inline(__always)
    public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < fields.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return fields[index]
    }

    /// Field `index` decoded as text (see ``TextDecoding/string(from:)``).
    public func string(_ index: Int) -> String {
        TextDecoding.string(from: self[index])
    }

    /// A copy that outlives the call.
    public func owned() -> CSVRecord {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        ends.reserveCapacity(fields.count)
        for field in fields {
            bytes.append(contentsOf: field)
            ends.append(bytes.count)
        }
        return CSVRecord(bytes: bytes, fieldEnds: ends, line: line)
    }
}

/// What ``CSVReader`` hands to its consumer: a record, or a record it had to give up on.
public enum CSVEvent: Sendable {
    case record(CSVRecord)
    /// A record that could not be read; `line` is where it started. Reading goes on after it.
    case malformed(line: Int, reason: String)
}

/// Receives what ``CSVReader`` reads. Readers of large files implement it directly, so each
/// record reaches them without a copy, an enum or a closure context in between.
public protocol CSVSink {
    associatedtype Failure: Error
    /// A complete record; its fields are valid only during the call.
    mutating func record(_ record: CSVFields) throws(Failure)
    /// A record that could not be read; `line` is where it started. Reading goes on after it.
    mutating func malformed(line: Int, reason: String) throws(Failure)
}

/// Adapts a closure to ``CSVSink``; the closure gets records it may keep.
struct CSVClosureSink<Failure: Error>: CSVSink {
    let emit: (CSVEvent) throws(Failure) -> Void

    func record(_ record: CSVFields) throws(Failure) { try emit(.record(record.owned())) }
    func malformed(line: Int, reason: String) throws(Failure) { try emit(.malformed(line: line, reason: reason)) }
}

/// Adapts two closures to ``CSVSink`` without copying records.
struct CSVFieldsSink: CSVSink {
    let onRecord: (CSVFields) -> Void
    let onMalformed: (_ line: Int, _ reason: String) -> Void

    func record(_ record: CSVFields) { onRecord(record) }
    func malformed(line: Int, reason: String) { onMalformed(line, reason) }
}
