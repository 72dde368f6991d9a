/// The memory ``CSVReader`` reads whole records into during one `feed`: where each field of
/// the record lies, and room for quoted fields whose doubled quotes are taken out.
@usableFromInline package struct RecordBuffers {
    /// Records with more fields go the field-by-field way.
    @usableFromInline package static let maxFields = 64
    /// Doubled-quote content beyond this in one record goes the field-by-field way too.
    @usableFromInline package static let maxScratch = 1 << 16

    @usableFromInline package let fields: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>
    @usableFromInline package let scratch: UnsafeMutableBufferPointer<UInt8>

    @inlinable package init(scratchCapacity: Int) {
        fields = .allocate(capacity: Self.maxFields)
        scratch = .allocate(capacity: scratchCapacity)
    }

    /// True when `pointer` points into the scratch buffer.
    @inlinable package func holds(_ pointer: UnsafePointer<UInt8>) -> Bool {
        guard let start = scratch.baseAddress else { return false }
        return pointer >= UnsafePointer(start) && pointer < UnsafePointer(start + scratch.count)
    }

    @inlinable package func deallocate() {
        fields.deallocate()
        scratch.deallocate()
    }
}
