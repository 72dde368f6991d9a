import VouchIO

/// What ingest found: every file read, and every file present but not used.
public struct IngestLedger: Sendable {
    /// Files read, in reading order.
    public var files: [FileLedger] = []
    /// Files in the export that hold no evidence about people, or that vouch does not read.
    public var ignoredFiles: [String] = []
    /// Entries refused for safety (paths leaving the archive, absurd sizes), with the reason.
    public var refusedEntries: [RefusedEntry] = []

    public init() {}

    /// The ledger of the file of `kind`, if one was read.
    public func file(kind: FileKind) -> FileLedger? {
        files.first { $0.kind == kind }
    }
}
