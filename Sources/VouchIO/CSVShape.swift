/// What a reader that starts in the middle of a delimited file needs to know to find where
/// its records begin: the separator and how many fields a record has (the header's count).
package struct CSVShape: Sendable {
    let delimiter: UInt8
    let fieldCount: Int

    package init(delimiter: UInt8, fieldCount: Int) {
        self.delimiter = delimiter
        self.fieldCount = fieldCount
    }
}
