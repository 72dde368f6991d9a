import ArgumentParser
import Foundation

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
