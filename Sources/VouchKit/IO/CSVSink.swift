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
