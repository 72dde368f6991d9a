/// Receives what ``CSVReader`` reads. Readers of large files implement it directly, so each
/// record reaches them without a copy, an enum or a closure context in between.
public protocol CSVSink {
    associatedtype Failure: Error
    /// A complete record; its fields are valid only during the call.
    mutating func record(_ record: CSVFields) throws(Failure)
    /// A record that could not be read; `line` is where it started. Reading goes on after it.
    mutating func malformed(line: Int, reason: String) throws(Failure)
    /// The number of fields a record should have (the header's), once the sink knows it. A
    /// record whose quoted field runs over a line break and that ends with another number of
    /// fields is taken for an unterminated quote: it is reported as malformed and the lines
    /// after its first are read again on their own. Nil takes every record as read.
    var expectedFieldCount: Int? { get }
}

extension CSVSink {
    /// No expected count: every record is taken as read.
    @inlinable public var expectedFieldCount: Int? { nil }
}

/// Adapts a closure to ``CSVSink``; the closure gets records it may keep.
@usableFromInline package struct CSVClosureSink<Failure: Error>: CSVSink {
    @usableFromInline package let emit: (CSVEvent) throws(Failure) -> Void

    @inlinable package init(emit: @escaping (CSVEvent) throws(Failure) -> Void) { self.emit = emit }

    @inlinable package func record(_ record: CSVFields) throws(Failure) { try emit(.record(record.owned())) }
    @inlinable package func malformed(line: Int, reason: String) throws(Failure) {
        try emit(.malformed(line: line, reason: reason))
    }
}

/// Adapts two closures to ``CSVSink`` without copying records.
@usableFromInline package struct CSVFieldsSink: CSVSink {
    @usableFromInline package let onRecord: (CSVFields) -> Void
    @usableFromInline package let onMalformed: (_ line: Int, _ reason: String) -> Void

    @inlinable package init(
        onRecord: @escaping (CSVFields) -> Void, onMalformed: @escaping (_ line: Int, _ reason: String) -> Void
    ) {
        self.onRecord = onRecord
        self.onMalformed = onMalformed
    }

    @inlinable package func record(_ record: CSVFields) { onRecord(record) }
    @inlinable package func malformed(line: Int, reason: String) { onMalformed(line, reason) }
}
