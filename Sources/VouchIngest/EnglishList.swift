/// Names joined as English writes them: "Pat Quinn", "Pat Quinn and Sam Lee",
/// "Pat Quinn, Renee Ortiz and Sam Lee". Shared by the verdicts and the reports, so both
/// list people alike.
package enum EnglishList {
    /// The names in order, the last two joined by "and"; empty for none.
    package static func joined(_ names: [String]) -> String {
        guard let last = names.last else { return "" }
        return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
    }
}
