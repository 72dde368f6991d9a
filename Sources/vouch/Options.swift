import ArgumentParser
import Foundation
import VouchKit

/// A failure to report on stderr with exit code 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs a command body, turning input errors into a message on stderr and exit code 1, and a
/// usage error into the command's usage and exit code 64.
func runReporting(_ command: ParsableCommand.Type, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ValidationError {
        // A usage error found only once the input is read: said as the parser says the others,
        // with the subcommand's usage (thrown on, it would print the root command's).
        let name = command._commandName
        FileHandle.standardError.write(
            Data(
                ("Error: \(error.message)\nUsage: \(Vouch.usageString(for: command))\n"
                    + "  See 'vouch \(name) --help' for more information.\n").utf8))
        throw ExitCode.validationFailure
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
