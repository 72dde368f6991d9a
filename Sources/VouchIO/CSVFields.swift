/// A record as ``CSVReader`` hands it to a ``CSVSink``: each field's bytes where they lie, in
/// the chunk being read when the field could be taken as it stands (unquoted, or quoted
/// without doubled quotes, within one chunk), else in the reader's own buffer. Valid only
/// during the call; ``owned()`` keeps a copy.
public struct CSVFields {
    /// The 1-based physical line on which the record starts.
    public let line: Int
    @usableFromInline package let fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>

    @inlinable package init(line: Int, fields: UnsafeBufferPointer<UnsafeBufferPointer<UInt8>>) {
        self.line = line
        self.fields = fields
    }

    /// The number of fields in the record.
    @inlinable public var count: Int { fields.count }

    /// The bytes of field `index`; empty for a negative index (a column the file lacks) or a
    /// short row.
    @inline(__always)
    @inlinable public subscript(index: Int) -> UnsafeBufferPointer<UInt8> {
        guard index >= 0, index < fields.count else { return UnsafeBufferPointer(start: nil, count: 0) }
        return fields[index]
    }

    /// Field `index` decoded as text (see ``TextDecoding/string(from:)``).
    @inlinable public func string(_ index: Int) -> String {
        TextDecoding.string(from: self[index])
    }

    /// A copy that outlives the call.
    @inlinable public func owned() -> CSVRecord {
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
