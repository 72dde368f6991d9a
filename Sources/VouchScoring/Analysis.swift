import VouchDates
import VouchIdentity
import VouchIngest

/// A scored export: the input of every report.
public struct Analysis: Sendable {
    public let export: LinkedInExport
    /// The day the export is scored as of; nil when no date is known (see ``AsOfDay``).
    public let asOf: CalendarDay?
    /// One depth per scored connection (hidden members excluded), in file order.
    public let depths: [RelationshipDepth]
    public let annotations: AnnotationSet
    public let config: ScoringConfig
    /// Address books joined to the connections (`--contacts` and the export's Contacts.csv).
    public let contacts: AddressBookIndex
    /// Which kinds of evidence the export lacks.
    public let coverage: EvidenceCoverage
    /// How many people fall in each tier.
    public let tierCounts: [RelationshipTier: Int]
    /// Each connection index's place in ``depths`` (-1: not scored, a hidden member).
    private let depthByIndex: [Int32]

    /// Scores `export` as of `asOf`, or the day ``AsOfDay`` resolves for it.
    public init(
        export: LinkedInExport, asOf: CalendarDay? = nil, annotations: AnnotationSet = AnnotationSet(),
        config: ScoringConfig = ScoringConfig(), addressBooks: [AddressBook] = []
    ) {
        let contacts = AddressBookIndex(books: export.addressBooks + addressBooks, directory: export.directory)
        var export = consume export
        // Only when there is something to add: changing the table makes it copy its 30,000
        // records if it is shared.
        if !contacts.byConnection.isEmpty {
            for (index, fact) in contacts.byConnection { export.evidence[index].addressBook = fact }
        }
        self.contacts = contacts
        self.coverage = EvidenceCoverage(export.ledger)
        self.export = export
        let day = AsOfDay.resolve(given: asOf, export: export, file: export.location)
        self.asOf = day
        self.annotations = annotations
        self.config = config
        self.depths = DepthModel(config: config, asOf: day).assess(export, annotations: annotations)
        // By position, reading two fields of each depth in place: a copy of a depth retains
        // its evidence, tags and employer.
        var index = [Int32](repeating: -1, count: export.connections.count)
        // Counted in variables, and into the dictionary once: a dictionary hashes the tier on
        // every count.
        var (trusted, familiar, nominal, strangers) = (0, 0, 0, 0)
        for position in depths.indices {
            let connection = depths[position].index
            if connection >= index.count {
                index.append(contentsOf: repeatElement(-1, count: connection + 1 - index.count))
            }
            index[connection] = Int32(position)
            switch depths[position].tier {
            case .trusted: trusted += 1
            case .familiar: familiar += 1
            case .nominal: nominal += 1
            case .stranger: strangers += 1
            }
        }
        var counts: [RelationshipTier: Int] = [.nominal: nominal, .familiar: familiar, .trusted: trusted]
        if strangers > 0 { counts[.stranger] = strangers }
        self.depthByIndex = index
        self.tierCounts = counts
    }

    /// The depth of the connection with this index.
    public func depth(of connectionIndex: Int) -> RelationshipDepth? {
        guard depthByIndex.indices.contains(connectionIndex), depthByIndex[connectionIndex] >= 0 else { return nil }
        return depths[Int(depthByIndex[connectionIndex])]
    }

    /// The connection a depth is about.
    public func connection(_ depth: RelationshipDepth) -> Connection {
        export.connections[depth.index]
    }

    /// The as-of day as reports write it: the date, or "an unknown day" when none is known.
    public var asOfText: String { asOf?.description ?? "an unknown day" }
}
