import ArgumentParser
import Foundation
import VouchKit
import VouchIO

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
