import VouchDates
import VouchIdentity

/// Everything read from one LinkedIn export: the owner, the connections, the evidence folded
/// per connection, and the ledger that accounts for every row.
public struct LinkedInExport: Sendable {
    /// Whose export this is.
    public var owner: Owner
    /// The connections with lookup by key, e-mail and name.
    public var directory: ConnectionDirectory
    /// The owner's jobs and schools.
    public var positions: [OwnerPosition]
    public var schools: [OwnerSchool]
    /// Evidence per connection index (an empty record for a connection without any).
    public var evidence: EvidenceTable
    /// Recommendations that matched no single connection (by name and company).
    public var unmatchedRecommendations: [UnmatchedRecommendation]
    /// The date in the export's file name (`…_LinkedInDataExport_MM-DD-YYYY.zip`), if any.
    public var exportDate: CalendarDay?
    /// The latest date found in the data.
    public var latestDataDate: CalendarDay?
    /// How many distinct conversations messages.csv held.
    public var conversationCount: Int
    /// LinkedIn's own `Contacts.csv` (imported phone and e-mail contacts), when present.
    public var addressBooks: [AddressBook] = []
    /// Every file and row, used or skipped.
    public var ledger: IngestLedger
    /// The path the export was read from.
    public var location: String
    /// What this export's files cannot tell (its era lacks URLs in some files, or names that
    /// several connections share), one sentence each.
    public var cannotTell: [String] = []
    /// Messages with names that several connections share, which the export cannot give to
    /// one of them, by folded name (each namesake's evidence holds the same record).
    public var sharedNameMessages: [SharedNameMessages] = []

    /// The connections, in file order (newest first).
    public var connections: [Connection] { directory.connections }

    /// The earliest date of any connection or evidence about people (the owner's own
    /// positions and schools aside): an as-of day before it finds nothing yet.
    public var firstDataDate: CalendarDay? {
        let kinds: Set<ExportFileKind> = [
            .connections, .invitations, .endorsementsReceived, .endorsementsGiven, .recommendationsReceived,
            .recommendationsGiven, .messages,
        ]
        return ledger.files.filter { $0.kind.exportFile.map(kinds.contains) ?? false }
            .compactMap(\.firstDate).min()
    }
}
