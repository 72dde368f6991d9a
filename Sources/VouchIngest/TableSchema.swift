/// The columns a file kind is read with and how its header row is recognised.
struct TableSchema: Sendable {
    /// The columns vouch reads from this kind of file.
    let columns: [Column]
    /// Columns without which the header is not this file's.
    let required: Set<Column>
    /// How many known column names a row must hold to be taken as the header.
    let minimumMatches: Int
    /// Column orders for copies whose header row was deleted, tried by field count.
    var positional: [[Column]] = []
    /// The header of the current export, for error messages.
    var header: [String] = []
}
