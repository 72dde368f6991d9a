import ArgumentParser
import Foundation
import VouchKit

/// Report formats.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case markdown, json, html
}

/// Options every report command shares.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help:
            "Report format: markdown (for people), json (for tools) or html (one self-contained page to read or forward)."
    )
    var format: ReportFormat = .markdown

    @Flag(
        name: [.customShort("q"), .long],
        help: "No progress line and no summary on the terminal; errors are still reported.")
    var quiet = false

    @Flag(name: .long, help: "Mask e-mail addresses and profile URLs in the report, to share it.")
    var redact = false

    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Write the report to this file instead of standard output (created readable by you only).",
            valueName: "file"))
    var output: String?

    /// Writes a report held as text where the user asked.
    func write(_ report: String) throws {
        let destination = try ReportFile(path: output)
        try destination.write(redact ? Redaction.apply(report) : report)
        try destination.finish()
    }

    /// Writes a JSON report where the user asked, in chunks while it is produced; with
    /// `--redact`, every string in it is masked on its own.
    func write(json report: JSONValue) throws {
        let destination = try ReportFile(path: output)
        var writer = JSONWriter(redacting: redact, sink: destination.write)
        _ = try writer.finish(report)
        try destination.finish()
    }
}

/// A failure to report on stderr with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a command body, turning input errors into a message on stderr and exit code 1.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as IngestError {
        Terminal.error(error.message)
        throw ExitCode(1)
    } catch let error as InputError {
        Terminal.error(error.message)
        throw ExitCode(1)
    } catch let error as CommandFailure {
        Terminal.error(error.description)
        throw ExitCode(1)
    }
}

/// Ends the process with exit code 0 once the report is written, without freeing `kept`
/// first: freeing the scored export of the largest exports costs about 80 M instructions
/// (20 ms), and the system takes the memory back at once when the process ends.
func exitKeeping(_ kept: some Any) -> Never {
    withExtendedLifetime(kept) { exit(EXIT_SUCCESS) }
}

/// Parses `--as-of`.
func parseAsOf(_ text: String?) throws -> CalendarDay? {
    guard let text else { return nil }
    guard let day = CalendarDay(iso: text) else {
        throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(text)'.")
    }
    return day
}

enum Terminal {
    /// True when the stream is a terminal.
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// True when colour may be used on standard output: `NO_COLOR` unset, and a terminal (or
    /// `CLICOLOR_FORCE` set, the common convention for forcing colour into a pipe).
    static var colourOnStdout: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard (environment["NO_COLOR"] ?? "").isEmpty else { return false }
        return isTerminal(STDOUT_FILENO) || !(environment["CLICOLOR_FORCE"] ?? "").isEmpty
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("vouch: error: " + message + "\n").utf8))
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("vouch: " + message + "\n").utf8))
    }
}
