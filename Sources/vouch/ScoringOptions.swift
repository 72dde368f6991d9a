import ArgumentParser
import VouchDates
import VouchIngest
import VouchScoring

/// Options shared by analyze and vet: the export and how to score it.
struct ScoringOptions: ParsableArguments {
    @Argument(help: "The LinkedIn export: the .zip, its unpacked folder, or Connections.csv.")
    var export: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "\"Today\" for recency, as YYYY-MM-DD. Default: the date in the export's file name, else the latest date in the data.",
            valueName: "date"))
    var asOf: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A CSV of people you know better (or less) than the export shows: name or profile, tier, tags, note.",
            valueName: "file"))
    var annotations: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A JSON file overriding the model's weights and thresholds (see docs/MODEL.md).", valueName: "file"))
    var config: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A saved LinkedIn connections page (HTML, Sales Navigator list, or text pasted from the page) to merge in: people join by profile, and the page adds only what the export lacks. Repeatable.",
            valueName: "file"))
    var extra: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "An address book as evidence: Google Contacts or Outlook CSV, or a vCard (.vcf) file. Repeatable. LinkedIn's own Contacts.csv in the export is used automatically.",
            valueName: "file"))
    var contacts: [String] = []

    func validate() throws {
        _ = try Self.day(asOf)
    }

    /// Reads and scores the export, showing progress unless `quiet`.
    func analysis(quiet: Bool) throws -> Analysis {
        let progress = ProgressLine(quiet: quiet)
        defer { progress.finish() }
        let asOfDay = try Self.day(asOf)
        let data = try ExportReader.read(export, asOf: asOfDay, extraPages: extra, progress: progress.callback)
        if let asOfDay, let problem = AsOfDay.problem(given: asOfDay, export: data) {
            throw ValidationError(problem)
        }
        let settings = try config.map(ScoringConfig.load(path:)) ?? ScoringConfig()
        let notes =
            try annotations.map { try AnnotationReader.read(path: $0, directory: data.directory) } ?? AnnotationSet()
        let books = try contacts.map(AddressBookReader.read(path:))
        // Handed over, not shared: adding address-book facts then changes the evidence in place.
        return Analysis(export: consume data, asOf: asOfDay, annotations: notes, config: settings, addressBooks: books)
    }

    /// The day `--as-of` names; nil when it is not given.
    private static func day(_ text: String?) throws -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(iso: text) else {
            throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(text)'.")
        }
        return day
    }
}
