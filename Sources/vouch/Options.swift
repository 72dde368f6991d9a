import ArgumentParser
import Foundation
import VouchDates

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
