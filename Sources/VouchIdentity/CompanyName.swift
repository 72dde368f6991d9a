/// Company names compared the way people write them (`Northwind Traders, Inc.` is
/// `northwind traders`).
public enum CompanyName {
    /// Folded tokens without legal-form words.
    public static func tokens(_ text: String) -> [String] {
        PersonName.fold(text).filter { !legalForms.contains($0) }
    }

    /// True when one name's tokens contain the other's (`Northwind` and `Northwind Traders`).
    public static func matches(_ lhs: String, _ rhs: String) -> Bool {
        matches(tokens: tokens(lhs), tokens(rhs))
    }

    /// The same comparison on already folded tokens.
    package static func matches(tokens left: [String], _ right: [String]) -> Bool {
        guard !left.isEmpty, !right.isEmpty else { return false }
        if left == right { return true }
        let (short, long) = left.count <= right.count ? (left, right) : (right, left)
        // Contiguous containment, so "Bank" does not match "Bank of the West" by accident of one word
        // unless the shorter name is all of a prefix.
        guard short.count <= long.count else { return false }
        for start in 0...(long.count - short.count) where Array(long[start..<(start + short.count)]) == short {
            return start == 0 || short.count >= 2
        }
        return false
    }

    private static let legalForms: Set<String> = [
        "inc", "incorporated", "llc", "llp", "ltd", "limited", "gmbh", "ag", "co", "corp", "corporation", "company",
        "plc", "sa", "sarl", "bv", "nv", "pty", "the", "and", "group", "holdings", "pc", "pllc",
    ]
}
