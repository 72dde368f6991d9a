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

/// One of the owner's own jobs, from `Positions.csv`.
public struct OwnerPosition: Sendable, Hashable {
    public let company: String
    public let title: String
    public let started: ParsedDate?
    /// Nil for the current job.
    public let finished: ParsedDate?

    /// True when the job has no end date.
    public var isCurrent: Bool { finished == nil }

    public init(company: String, title: String, started: ParsedDate?, finished: ParsedDate?) {
        self.company = company
        self.title = title
        self.started = started
        self.finished = finished
    }
}

/// One of the owner's schools, from `Education.csv`.
public struct OwnerSchool: Sendable, Hashable {
    public let name: String
    public let started: ParsedDate?
    public let finished: ParsedDate?
}

/// The account owner: whose export this is.
public struct Owner: Sendable, Hashable {
    /// The owner's name, when known.
    public var name: String?
    /// The owner's profile URL, when known.
    public var profileURL: String?
    /// The owner's headline from `Profile.csv`.
    public var headline: String?
    /// How the owner was identified, in words (`Profile.csv`, `outgoing invitations`, …).
    public var identifiedBy: [String] = []

    public init(name: String? = nil, profileURL: String? = nil, headline: String? = nil) {
        self.name = name
        self.profileURL = profileURL
        self.headline = headline
    }

    /// The normalised profile key.
    public var profileKey: ProfileKey? { profileURL.flatMap(ProfileKey.init(url:)) }
}

/// A recommendation the owner wrote or received. The file has no URL, so it is matched to a
/// connection by name and company.
public struct Recommendation: Sendable, Hashable {
    public enum Direction: String, Sendable { case received, given }
    public let direction: Direction
    public let name: String
    public let company: String
    public let date: CalendarDay?
    public let visible: Bool
    public let line: Int
}
