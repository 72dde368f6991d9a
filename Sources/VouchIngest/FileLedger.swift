import VouchDates
import VouchIO

/// The account of one file read: every data row is either used or skipped.
public struct FileLedger: Sendable {
    /// The file's path inside the export (or its name).
    public let name: String
    /// What the file was recognised as.
    public let kind: FileKind
    /// The header generation or dialect found, in words.
    public var variant: String = ""
    /// The text encoding.
    public var encoding: String = "UTF-8"
    /// The field separator, in words.
    public var delimiter: String = "comma"
    /// Data rows read (the header and any preamble are not rows).
    public private(set) var rows = 0
    /// Rows turned into evidence.
    public private(set) var used = 0
    /// How many rows were skipped; ``skipped`` keeps the first ``maxListedSkips`` of them.
    public private(set) var skippedCount = 0
    /// The skipped rows with line and reason (the first ``maxListedSkips``).
    public private(set) var skipped: [SkippedRow] = []
    /// Used rows that were deliberately left out of scoring, by reason (spam, drafts, …).
    public private(set) var excluded: [ExclusionReason: Int] = [:]
    /// Things worth knowing about the file that lost no data (encoding fallbacks, …).
    public var warnings: [String] = []
    /// The earliest and latest dates seen in the file.
    public private(set) var firstDate: CalendarDay?
    public private(set) var lastDate: CalendarDay?

    /// How many parts the file was read in at once (see ``SplitRead``); not part of reports
    /// (it depends on which thread finishes first).
    var parts = 1
    /// How `messages.csv` was read, and why; nil for the other files, always read whole.
    public internal(set) var readMethod: ReadMethod?

    /// How many skipped rows are listed individually.
    public static let maxListedSkips = 1000

    public init(name: String, kind: FileKind) {
        self.name = name
        self.kind = kind
    }

    /// Counts a row that was used.
    public mutating func use() {
        rows += 1
        used += 1
    }

    /// Counts a row that was read and deliberately left out of scoring.
    public mutating func exclude(_ reason: ExclusionReason) {
        use()
        excluded[reason, default: 0] += 1
    }

    /// Counts a row that could not be used.
    public mutating func skip(line: Int, reason: String) {
        rows += 1
        skippedCount += 1
        if skipped.count < Self.maxListedSkips {
            skipped.append(SkippedRow(line: line, reason: reason))
        }
    }

    /// Widens the file's date range.
    public mutating func see(_ day: CalendarDay) {
        if firstDate.map({ day < $0 }) ?? true { firstDate = day }
        if lastDate.map({ day > $0 }) ?? true { lastDate = day }
    }

    /// Adds the account of a later part of the same file, read separately; its line numbers
    /// count from `lineOffset` + 1.
    mutating func append(_ later: FileLedger, lineOffset: Int) {
        parts += later.parts
        rows += later.rows
        used += later.used
        skippedCount += later.skippedCount
        for row in later.skipped where skipped.count < Self.maxListedSkips {
            skipped.append(SkippedRow(line: row.line + lineOffset, reason: row.reason))
        }
        for (reason, count) in later.excluded { excluded[reason, default: 0] += count }
        for warning in later.warnings { warn(warning) }
        // Text of a later part that was not UTF-8 was read as Windows-1252: so was the file's.
        if later.encoding != encoding, encoding == TextEncoding.utf8.rawValue { encoding = later.encoding }
        if let first = later.firstDate { see(first) }
        if let last = later.lastDate { see(last) }
    }

    /// Adds a warning once.
    public mutating func warn(_ text: String) {
        if !warnings.contains(text) { warnings.append(text) }
    }
}
