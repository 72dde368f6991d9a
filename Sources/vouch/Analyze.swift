import ArgumentParser
import VouchReport

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score how deep each relationship is, from the evidence in your export.",
        discussion: """
            Every connection gets a tier (nominal, familiar, trusted; dormant when it went quiet) \
            and the evidence behind it: messages both ways, recommendations, endorsements, \
            invitations with notes, shared employers, recency. See docs/MODEL.md for the rules.

            Examples:
              vouch analyze SampleData/Basic_LinkedInDataExport_11-20-2026.zip
              vouch analyze export/ --annotations people.csv --format json -o depth.json
            """
    )

    @OptionGroup var scoring: ScoringOptions
    @OptionGroup var output: OutputOptions<ReportFormat>

    func run() throws {
        try runReporting(Self.self) {
            let analysis = try scoring.analysis(quiet: output.quiet)
            switch output.resolvedFormat {
            case .markdown: try output.write(AnalyzeReport.markdown(analysis))
            case .json: try output.write(json: AnalyzeReport.document(analysis))
            case .html: try output.write(HTMLReport.analyze(analysis))
            }
            output.announce()
            exitKeeping(analysis)
        }
    }
}
