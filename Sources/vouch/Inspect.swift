import ArgumentParser
import VouchIngest
import VouchReport

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what vouch found in an export: files, header generations, rows, skips, owner.",
        discussion: """
            Use it first when a report looks wrong: every row of every file is either used or \
            listed as skipped, with its line and the reason.

            Example:
              vouch inspect SampleData/Basic_LinkedInDataExport_11-20-2026.zip
            """
    )

    @Argument(help: "The LinkedIn export: the .zip, its unpacked folder, or Connections.csv.")
    var export: String

    @OptionGroup var output: OutputOptions<InspectFormat>

    func run() throws {
        try runReporting(Self.self) {
            let data = try ExportReader.read(export)
            if output.resolvedFormat == .json {
                try output.write(json: InspectReport.document(data))
            } else {
                try output.write(InspectReport.markdown(data))
            }
            output.announce()
        }
    }
}
