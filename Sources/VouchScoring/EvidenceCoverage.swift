import VouchIngest

/// Which kinds of evidence the export lacks. LinkedIn's "fast file" holds Connections.csv
/// and a few profile files only; messages, endorsements and recommendations come with the
/// larger archive. Without them silence means nothing, and the reports say so; the advice to
/// request the larger archive is given only when messages are missing (the fast file).
public struct EvidenceCoverage: Sendable, Equatable {
    /// True when the export has no messages file.
    public let lacksMessages: Bool
    /// True when it has neither endorsements file.
    public let lacksEndorsements: Bool
    /// True when it has neither recommendations file.
    public let lacksRecommendations: Bool

    /// What the ledger of an export says was read. A saved connections page alone has its
    /// own notice (it holds no evidence at all), so it lacks nothing here.
    public init(_ ledger: IngestLedger) {
        func has(_ kinds: ExportFileKind...) -> Bool { kinds.contains { ledger.file(kind: .export($0)) != nil } }
        let isExport = has(.connections)
        lacksMessages = isExport && !has(.messages)
        lacksEndorsements = isExport && !has(.endorsementsReceived, .endorsementsGiven)
        lacksRecommendations = isExport && !has(.recommendationsReceived, .recommendationsGiven)
    }

    /// The kinds of evidence missing, in words ("messages", "endorsements").
    public var missing: [String] {
        [(lacksMessages, "messages"), (lacksEndorsements, "endorsements"), (lacksRecommendations, "recommendations")]
            .filter(\.0).map(\.1)
    }

    /// One sentence naming what is missing and how to get it; nil when nothing is.
    public var notice: String? {
        let missing = missing
        guard !missing.isEmpty else { return nil }
        let list =
            missing.count == 1
            ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + (missing.last ?? "")
        let request = "Settings > Data privacy > Get a copy of your data > Download larger data archive"
        guard lacksMessages else {
            // Messages are there, so this is the larger archive: name what it lacks, nothing more.
            return
                "This export has no \(list) files, so those count for no one here and someone who shows nothing may still be a real tie. If you have \(list) on LinkedIn, check that the archive you requested includes them (\(request)) and run vouch on it."
        }
        return
            "This export has no \(list), so someone who shows nothing here may still be a real tie. LinkedIn's first, fast file holds connections only: request the larger archive (\(request); it arrives within about a day) and run vouch on it."
    }
}
