/// Counts in words, singular or plural as the number asks: every count a report prints
/// goes through here, so "1 strong tie has" and "2 strong ties have" never mix.
public enum Plural {
    /// "1 connection", "2 connections"; give `plural` for irregular words ("person", "people").
    public static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(word(number, singular, plural))"
    }

    /// The singular or plural word for `number`: a noun ("tie", "ties") or a verb ("is", "are").
    public static func word(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        number == 1 ? singular : plural ?? singular + "s"
    }
}
