import VouchDates
import VouchIO

/// The day a report is "as of", decided here and nowhere else, always in one order: the day
/// the user gave (`--as-of`), else the date in the export's file name, else the latest date
/// in its data, else the day the file being read was last modified (a property of the input,
/// never the clock).
///
/// When none of these is known (an export without a single date, read from something with no
/// usable modification time), the day is unknown: nothing in the export is dated, so no rule
/// that counts days applies, reports say the day is unknown (`null` in JSON), and relative
/// dates on a saved page ("Connected 5 months ago") are left undated.
public enum AsOfDay {
    /// The as-of day for `export` (nil while it is being read), falling back to the
    /// modification day of `file`; nil when nothing gives one.
    public static func resolve(given: CalendarDay?, export: LinkedInExport?, file: String?) -> CalendarDay? {
        given ?? export?.exportDate ?? export?.latestDataDate ?? file.flatMap(modificationDay)
    }

    /// Why `given` cannot be the as-of day of `export` (it is before the export's first date:
    /// nothing in it had happened yet), as a sentence for the user; nil when it can.
    public static func problem(given: CalendarDay, export: LinkedInExport) -> String? {
        guard let first = export.firstDataDate, given < first else { return nil }
        return
            "--as-of \(given) is before the export's first date, \(first): nothing in it had happened yet. Give a date from \(first) on."
    }

    /// The day a file was last modified: the anchor for "Connected 5 months ago" on a saved
    /// page when no as-of day is given (a property of the input, not the clock).
    static func modificationDay(_ path: String) -> CalendarDay? {
        guard let status = FileStatus(path, followingLinks: true) else { return nil }
        // Whole days, rounded down; a time stamp outside 1900-2200 (a broken clock, or one
        // set on purpose) anchors nothing.
        let days = status.modified >= 0 ? status.modified / 86_400 : (status.modified + 1) / 86_400 - 1
        guard (-25_567...84_006).contains(days), let ordinal = Int32(exactly: days) else { return nil }
        return CalendarDay(ordinal: ordinal)
    }
}
