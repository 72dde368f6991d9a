/// The memory ``CSVReader`` reads whole records into during one `feed`: where each field of
/// the record lies, and room for quoted fields whose doubled quotes are taken out.
struct RecordBuffers {
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
