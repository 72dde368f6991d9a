import VouchDates

extension FileLedger {
    /// True when a row dated `date` happened after `cutoff` (an `--as-of` day in the past):
    /// as of then it had not happened, so the row is counted as left out, with the reason, and
    /// its date still seen (the export's first date stays the file's).
    mutating func leavesOut(_ date: CalendarDay?, after cutoff: CalendarDay?) -> Bool {
        guard let cutoff, let date, date > cutoff else { return false }
        see(date)
        exclude(.afterAsOf)
        return true
    }
}
