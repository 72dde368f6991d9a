import VouchDates

/// One row of `Connections.csv`: a person the owner is connected to.
public struct Connection: Sendable, Hashable {
    /// Position in the connections file (0 = first data row, the newest connection).
    public let index: Int
    /// The name as exported (mojibake repaired).
    public let firstName: String
    public let lastName: String
    /// The profile URL as exported, if any.
    public let profileURL: String?
    /// The e-mail address, when the person allowed it (1-5% of rows).
    public let email: String?
    /// The person's current company and position at export time.
    public let company: String
    public let position: String
    /// When the connection was made.
    public let connectedOn: CalendarDay?
    /// The line in the connections file.
    public let line: Int
    /// True when the date was counted back from "Connected 5 months ago" on a saved page.
    public var connectedOnIsApproximate = false
    /// The saved page the person came from, when not from the export's Connections.csv.
    public var origin: String?

    /// The full display name.
    public var name: String {
        [firstName, lastName].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Hidden or deleted members appear with only a date: counted, never scored.
    public var isHidden: Bool { firstName.isEmpty && lastName.isEmpty }

    /// The normalised profile key, if the URL names a public profile. Worked out on each
    /// call: the directory works every connection's out once, on two threads, with the names.
    public var profileKey: ProfileKey? { profileURL.flatMap(ProfileKey.init(url:)) }

    public init(
        index: Int, firstName: String, lastName: String, profileURL: String?, email: String?, company: String,
        position: String, connectedOn: CalendarDay?, line: Int
    ) {
        self.index = index
        self.firstName = firstName
        self.lastName = lastName
        self.profileURL = profileURL
        self.email = email
        self.company = company
        self.position = position
        self.connectedOn = connectedOn
        self.line = line
    }
}
