/// The evidence about every connection, by connection index: one record per connection, in
/// one array.
///
/// Not a dictionary: sized for 30,000 connections, a dictionary of these 216-byte records
/// spreads them over 14 MB of buckets, and placing records at random there made reading
/// Invitations.csv mostly page faults. An index past the end reads as an empty record, and
/// writing there extends the table (a saved page can add connections after the export's).
public struct EvidenceTable: Sendable, Equatable {
    private var records: [ConnectionEvidence]

    /// Empty records for `count` connections.
    public init(count: Int = 0) {
        records = Array(repeating: ConnectionEvidence(), count: count)
    }

    /// The number of records held; every index past it reads as empty.
    public var count: Int { records.count }

    /// Holds at least `count` records, the new ones empty.
    mutating func extend(toCount count: Int) {
        if count > records.count {
            records.append(contentsOf: repeatElement(ConnectionEvidence(), count: count - records.count))
        }
    }

    /// The evidence about connection `index`: empty when nothing was found about them.
    public subscript(index: Int) -> ConnectionEvidence {
        get { index < records.count ? records[index] : ConnectionEvidence() }
        _modify {
            extend(toCount: index + 1)
            yield &records[index]
        }
    }

    /// Equal when every connection's evidence is, empty records past either end included.
    public static func == (lhs: EvidenceTable, rhs: EvidenceTable) -> Bool {
        (0..<max(lhs.count, rhs.count)).allSatisfy { lhs[$0] == rhs[$0] }
    }
}
