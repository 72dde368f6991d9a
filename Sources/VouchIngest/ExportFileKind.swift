/// The files of a LinkedIn export that carry evidence about people, and how to recognise them.
public enum ExportFileKind: String, CaseIterable, Sendable {
    case profile
    case positions
    case education
    case connections
    case invitations
    case endorsementsReceived = "endorsements-received"
    case endorsementsGiven = "endorsements-given"
    case recommendationsReceived = "recommendations-received"
    case recommendationsGiven = "recommendations-given"
    case messages

    /// Recognises a file by its name, case-insensitively and across the spellings exports have
    /// used (`messages.csv`/`Messages.csv`, `Endorsement_Received_Info.csv`/`Endorsement Received Info.csv`).
    public static func recognise(fileName: String) -> ExportFileKind? {
        let base = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let lowered = base.lowercased()
        guard lowered.hasSuffix(".csv") else { return nil }
        let stem = String(lowered.dropLast(4)).filter { $0.isLetter }
        return byStem[stem]
    }

    private static let byStem: [String: ExportFileKind] = [
        "profile": .profile,
        "positions": .positions,
        "education": .education,
        "connections": .connections,
        "invitations": .invitations,
        "endorsementreceivedinfo": .endorsementsReceived,
        "endorsementsreceivedinfo": .endorsementsReceived,
        "endorsementgiveninfo": .endorsementsGiven,
        "endorsementsgiveninfo": .endorsementsGiven,
        "recommendationsreceived": .recommendationsReceived,
        "recommendationsgiven": .recommendationsGiven,
        "messages": .messages,
    ]

    /// The order files are read in: the small files that build the identity index first, then
    /// the evidence files that fold into it, messages last.
    public var readingOrder: Int {
        switch self {
        case .profile: return 0
        case .positions: return 1
        case .education: return 2
        case .connections: return 3
        case .invitations: return 4
        case .endorsementsReceived: return 5
        case .endorsementsGiven: return 6
        case .recommendationsReceived: return 7
        case .recommendationsGiven: return 8
        case .messages: return 9
        }
    }

    /// True for the files whose rows are matched by profile URL or exact name only, never by
    /// the name index (``ConnectionDirectory/candidates(for:)``): they are read beside
    /// Connections, and who their rows are about is settled after (see ``PendingRows``).
    var needsOnlyExactLookups: Bool {
        self == .invitations || self == .endorsementsReceived || self == .endorsementsGiven
    }

    /// The column layout this kind of file is read with.
    var schema: TableSchema {
        var schema = baseSchema
        schema.header = currentHeader
        return schema
    }

    /// The header of the current export's file of this kind.
    var currentHeader: [String] {
        switch self {
        case .profile: return ["First Name", "Last Name", "Headline"]
        case .positions: return ["Company Name", "Title", "Started On", "Finished On"]
        case .education: return ["School Name", "Start Date", "End Date"]
        case .connections:
            return ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
        case .invitations: return ["From", "To", "Sent At", "Message", "Direction"]
        case .endorsementsReceived:
            return ["Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name"]
        case .endorsementsGiven: return ["Endorsement Date", "Skill Name", "Endorsee First Name", "Endorsee Last Name"]
        case .recommendationsReceived, .recommendationsGiven:
            return ["First Name", "Last Name", "Company", "Creation Date"]
        case .messages: return ["FROM", "TO", "DATE", "CONTENT"]
        }
    }

    private var baseSchema: TableSchema {
        switch self {
        case .profile:
            return TableSchema(
                columns: [.firstName, .lastName, .headline, .industry, .geoLocation],
                required: [.firstName, .lastName], minimumMatches: 3)
        case .positions:
            return TableSchema(
                columns: [.companyName, .title, .startedOn, .finishedOn, .location, .description],
                required: [.companyName], minimumMatches: 3)
        case .education:
            return TableSchema(
                columns: [.schoolName, .startDate, .endDate, .degreeName], required: [.schoolName], minimumMatches: 2)
        case .connections:
            return TableSchema(
                columns: [.firstName, .lastName, .url, .emailAddress, .company, .position, .connectedOn],
                required: [.firstName, .lastName], minimumMatches: 4,
                positional: [
                    [.firstName, .lastName, .url, .emailAddress, .company, .position, .connectedOn],
                    [.firstName, .lastName, .emailAddress, .company, .position, .connectedOn],
                ])
        case .invitations:
            return TableSchema(
                columns: [.from, .to, .sentAt, .message, .direction, .inviterProfileURL, .inviteeProfileURL],
                required: [.from, .to, .direction], minimumMatches: 4)
        case .endorsementsReceived, .endorsementsGiven:
            return TableSchema(
                columns: [
                    .endorsementDate, .skillName, .personFirstName, .personLastName, .personURL, .endorsementStatus,
                ],
                required: [.skillName, .personFirstName], minimumMatches: 3)
        case .recommendationsReceived, .recommendationsGiven:
            return TableSchema(
                columns: [.firstName, .lastName, .company, .jobTitle, .text, .creationDate, .status],
                required: [.firstName, .lastName], minimumMatches: 4)
        case .messages:
            return TableSchema(
                columns: [
                    .conversationID, .conversationTitle, .from, .senderProfileURL, .to, .recipientProfileURLs, .date,
                    .subject, .content, .folder, .direction, .isMessageDraft,
                ],
                required: [.from, .to, .date], minimumMatches: 4)
        }
    }
}
