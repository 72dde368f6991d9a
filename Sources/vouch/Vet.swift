import ArgumentParser
import VouchKit

struct Vet: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Vet a \"people I'd like to meet\" list: who you could introduce, and whether the ask is fair.",
        discussion: """
            Each person on the list is matched to your connections (profile URL, e-mail, then \
            name with nicknames, diacritics and credentials handled) and gets a verdict: vouch, \
            reconnect-first, needs-reason, blind, not-connected or ambiguous. The list as a \
            whole is judged targeted, mixed or list-pushing, and --requester checks whether \
            the person asking knows you well enough to ask. See docs/VETTING.md.

            The list may be CSV/TSV (any header naming name, first, last, company, title, \
            profile, email, reason; or no header), plain text one person per line, markdown \
            bullets or tables, or HTML.

            Examples:
              vouch vet SampleData/Basic_LinkedInDataExport_11-20-2026.zip \\
                --list SampleData/lists/pat-quinn-wishlist.csv --requester "Pat Quinn"
              vouch vet export/ --list names.txt --format json -o verdicts.json
            """
    )

    @OptionGroup var scoring: ScoringOptions

    @Option(name: .long, help: ArgumentHelp("The request list: CSV, TSV, text, markdown or HTML.", valueName: "file"))
    var list: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who is asking, by name or profile URL, to check their own relationship with you.", valueName: "name-or-url"
        ))
    var requester: String?

    @OptionGroup var output: OutputOptions<ReportFormat>

    func run() throws {
        try runReporting {
            let analysis = try scoring.analysis(quiet: output.quiet)
            let requestList = try RequestListReader.read(path: list)
            let result = Vetter(analysis: analysis).vet(requestList, requester: requester)
            switch output.resolvedFormat {
            case .markdown: try output.write(VetReport.markdown(result))
            case .json: try output.write(json: VetReport.document(result))
            case .html: try output.write(HTMLReport.vet(result))
            }
            if let path = output.path, !output.quiet {
                print(VetSummary.text(result, reportPath: path, colour: Terminal.colourOnStdout), terminator: "")
            }
            exitKeeping((analysis, result))
        }
    }
}
