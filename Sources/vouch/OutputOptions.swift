import ArgumentParser
import VouchIdentity
import VouchReport
import VouchIO

/// Options every report command shares: where the report goes, in which format, masked or not.
/// `Format` is what the command can write, so `--help` offers only that.
struct OutputOptions<Format: FormatChoice>: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Self.formatHelp, valueName: "format"))
    var format: Format?

    @Flag(
        name: [.customShort("q"), .long],
        help: "No progress line and no summary on the terminal; errors are still reported.")
    var quiet = false

    @Flag(
        name: .long,
        help: "Mask e-mail addresses, phone numbers and LinkedIn URLs in the report, to share it.")
    var redact = false

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(Self.outputHelp, valueName: "file"))
    var output: String?

    static var formatHelp: String {
        let names = Format.allCases.map(\.format.purpose)
        let listed =
            names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "") : names.joined()
        return "Report format: \(listed). Default: the one the -o file's extension names, else markdown."
    }

    static var outputHelp: String {
        let names = Format.allCases.map { "." + $0.format.fileExtension }
        let listed = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
        return
            "Write the report to this file (created readable by you only) instead of standard output; - is standard output. A file named \(listed) sets the format."
    }

    func validate() throws {
        guard let output else { return }
        guard !output.isEmpty else {
            throw ValidationError("--output needs a file name (or - for standard output).")
        }
        guard output != "-" else { return }
        if FileStatus(output, followingLinks: true)?.kind == .directory {
            throw ValidationError(
                "--output \(output) is a folder; give the report a file name, e.g. \(output)/report.\((format?.format ?? .markdown).fileExtension)."
            )
        }
        if let data = PathName.fileExtension(output), Self.dataExtensions.contains(data) {
            let written = Format.allCases.map { "." + $0.format.fileExtension }
            let listed = written.dropLast().joined(separator: ", ") + " or " + (written.last ?? "")
            throw ValidationError(
                "--output \(output) is named like a data file (.\(data)), and a report never goes where data is expected; vouch writes reports named \(listed) (any other name gets markdown)."
            )
        }
        guard let named = ReportFormat.named(by: output) else { return }
        if let format, format.format != named {
            throw ValidationError(
                "--format \(format.format.rawValue) does not match the file name \(output), which is for \(named.rawValue); drop one or make them agree."
            )
        }
        if !Format.allCases.contains(where: { $0.format == named }) {
            let accepted = Format.allCases.map(\.format)
            throw ValidationError(
                "the extension of \(output) asks for \(named.rawValue), but this command writes "
                    + accepted.map(\.rawValue).joined(separator: " or ") + "; name the file "
                    + accepted.map { "." + $0.fileExtension }.joined(separator: " or ") + ".")
        }
    }

    /// Extensions of the data files vouch reads and people keep beside them (LinkedIn's CSVs,
    /// the zip, spreadsheets, mail, address books): a report is never written under such a
    /// name, which would put markdown where a program expects data. `.txt` is not among them:
    /// a report may well be named `report.txt`.
    static var dataExtensions: Set<String> { ["csv", "tsv", "zip", "xlsx", "xls", "ods", "numbers", "eml", "vcf"] }

    /// The format to write: `--format`, else the one the output file's name asks for, else
    /// markdown.
    var resolvedFormat: ReportFormat {
        if let format { return format.format }
        if let path, let named = ReportFormat.named(by: path), Format.allCases.contains(where: { $0.format == named }) {
            return named
        }
        return .markdown
    }

    /// The file to write; nil for standard output (no `-o`, or `-o -`).
    var path: String? { output == "-" ? nil : output }

    /// Writes a report held as text where the user asked.
    func write(_ report: String) throws {
        let destination = try ReportFile(path: path)
        try destination.write(redact ? Redaction.apply(report) : report)
        try destination.finish()
    }

    /// Writes a JSON report where the user asked, in chunks while it is produced; with
    /// `--redact`, every string in it is masked on its own.
    func write(json report: JSONValue) throws {
        let destination = try ReportFile(path: path)
        var writer = JSONWriter(redacting: redact, sink: destination.write)
        _ = try writer.finish(report)
        try destination.finish()
    }

    /// Says where the report went, when it went to a file and the terminal is not to be quiet.
    func announce() {
        if let path, !quiet { print("Report written to \(path)") }
    }
}
