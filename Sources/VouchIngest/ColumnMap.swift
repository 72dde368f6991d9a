import VouchIO

/// Where each column sits in a file's rows. A class: every row of a file shares one.
/// Unchecked sendable: `indexes` is written only by the initialisers.
final class ColumnMap: @unchecked Sendable {
    /// Each column's field index, -1 when absent. Not an array: reading an array out of a
    /// class retains and releases it, and every field of every row is looked up here.
    private let indexes: UnsafeMutableBufferPointer<Int>
    /// The header names as found, in file order (empty for headerless files).
    let headerNames: [String]
    /// How many fields a row has: the header's cells, or the layout's columns.
    let fieldCount: Int

    init(columns: [Column]) {
        var indexes = [Int](repeating: -1, count: Column.allCases.count)
        for (index, column) in columns.enumerated() { indexes[column.rawValue] = index }
        self.indexes = Self.stored(indexes)
        headerNames = []
        fieldCount = columns.count
    }

    /// Maps a header row; nil when it is not this schema's header.
    init?(header: CSVFields, schema: TableSchema) {
        let cells = (0..<header.count).map { header.string($0) }
        let folded = cells.map(HeaderCell.fold)
        var indexes = [Int](repeating: -1, count: Column.allCases.count)
        var matches = 0
        for column in schema.columns {
            for alias in column.aliases {
                if let index = folded.firstIndex(of: alias), !indexes.contains(index) {
                    indexes[column.rawValue] = index
                    matches += 1
                    break
                }
            }
        }
        guard matches >= min(schema.minimumMatches, schema.columns.count),
            schema.required.allSatisfy({ indexes[$0.rawValue] >= 0 })
        else { return nil }
        self.indexes = Self.stored(indexes)
        headerNames = cells.map { $0.trimmingWhitespace() }
        fieldCount = cells.count
    }

    deinit { indexes.deallocate() }

    private static func stored(_ indexes: [Int]) -> UnsafeMutableBufferPointer<Int> {
        let buffer = UnsafeMutableBufferPointer<Int>.allocate(capacity: indexes.count)
        _ = buffer.initialize(from: indexes)
        return buffer
    }

    /// The field index of `column`, or nil when the file lacks it.
    func index(of column: Column) -> Int? {
        let index = indexes[column.rawValue]
        return index >= 0 ? index : nil
    }
}
