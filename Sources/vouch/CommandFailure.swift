import ArgumentParser
import Foundation
import VouchIngest
import VouchIO

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
    } catch let error as SourceError {
        Terminal.error(IngestError(error).message)
        throw ExitCode(1)
    } catch let error as InputError {
        Terminal.error(error.message)
        throw ExitCode(1)
    } catch let error as CommandFailure {
        Terminal.error(error.description)
        throw ExitCode(1)
    }
}
