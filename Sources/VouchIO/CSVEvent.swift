/// What ``CSVReader`` hands to its consumer: a record, or a record it had to give up on.
public enum CSVEvent: Sendable {
    case record(CSVRecord)
    /// A record that could not be read; `line` is where it started. Reading goes on after it.
    case malformed(line: Int, reason: String)
}
