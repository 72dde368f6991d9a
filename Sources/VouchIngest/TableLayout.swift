/// A file's separator and header, found at its start: what a reader that starts in the
/// middle of the file needs.
struct TableLayout {
    let delimiter: UInt8
    let map: ColumnMap
    /// The number of fields in the header row.
    var fieldCount: Int { map.headerNames.count }
}
