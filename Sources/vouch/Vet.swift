import ArgumentParser
import Foundation
import VouchVetting
import VouchReport

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
            profile, email, reason; or no header), an Excel workbook (.xlsx), plain text one \
            person per line, an e-mail body pasted as text, a saved e-mail (.eml), markdown \
            bullets or tables, or HTML. Greetings, prose, closings and signatures are skipped \
            and listed in the report. Without --requester, the sender of a saved e-mail is \
            taken as the requester.

            Examples:
              vouch vet SampleData/Basic_LinkedInDataExport_11-20-2026.zip \\
                --list SampleData/lists/pat-quinn-wishlist.csv --requester "Pat Quinn"
              vouch vet export/ --list names.txt --format json -o verdicts.json
            """
    )

    @OptionGroup var scoring: ScoringOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The request list: CSV, TSV, .xlsx, text, an e-mail (.eml or pasted), markdown or HTML.",
            valueName: "file"))
    var list: String

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Who is asking, by name (`Last, First` too), profile link or e-mail, to check their own relationship with you.",
            valueName: "name-or-url"
        ))
    var requester: String?

    @OptionGroup var output: OutputOptions<ReportFormat>

    func validate() throws {
        if let requester, requester.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw ValidationError(
                "--requester needs the name, profile link or e-mail of the person asking; leave it out if you do not know who is asking."
            )
        }
    }

    func run() throws {
        try runReporting(Self.self) {
            let analysis = try scoring.analysis(quiet: output.quiet)
            let vetter = Vetter(analysis: analysis)
            if let requester, let problem = vetter.requesterProblem(requester) {
                // A usage error, known only once the export names its owner.
                Terminal.error(problem + ".")
                throw ExitCode(64)
            }
            let requestList = try RequestListReader.read(path: list)
            let result = vetter.vet(requestList, requester: requester)
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
