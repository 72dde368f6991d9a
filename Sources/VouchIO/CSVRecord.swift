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

    @inlinable package init(bytes: [UInt8] = [], fieldEnds: [Int] = [], line: Int = 1) {
        self.bytes = bytes
        self.fieldEnds = fieldEnds
        self.line = line
    }

    /// The number of fields in the record.
    @inlinable public var count: Int { fieldEnds.count }

    /// The bytes of field `index`, or an empty slice when the row is shorter (ragged rows).
    @inlinable public func field(_ index: Int) -> ArraySlice<UInt8> {
        guard index >= 0, index < fieldEnds.count else { return [] }
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return bytes[start..<fieldEnds[index]]
    }

    /// Field `index` decoded as text (see ``TextDecoding/string(from:)``).
    @inlinable public func string(_ index: Int) -> String {
        TextDecoding.string(from: field(index))
    }

    /// Calls `body` with the record's fields as buffers into its bytes.
    @inlinable package func withFields<Result>(_ body: (CSVFields) throws -> Result) rethrows -> Result {
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
