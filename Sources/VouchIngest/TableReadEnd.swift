/// Where ``TableReader/read(_:entry:schema:ledger:layout:progress:onRow:)`` stopped.
struct TableReadEnd {
    /// True when the input ended between two records.
    let atRecordBoundary: Bool
    /// The physical line after the last one read.
    let nextLine: Int
}
