import VouchIdentity

/// Whether a request list's order was copied from the owner's connections: the order of the
/// connections export (either way), or alphabetical by first or last name, as the
/// connections page shows them.
///
/// A short list falls into some order by chance: 9 of the 24 orders of four people have a
/// rank correlation of 0.8 or more with something. So the signal asks for at least
/// ``minimumPeople`` distinct people (duplicates count once) and for significance: a
/// permutation test, exact up to ``exactUpTo`` people and from ``samples`` seeded shuffles
/// above, must find the order at most ``alpha`` likely by chance, for each of the three
/// orders tested (about 1% for all three together), besides a strong correlation.
enum OrderSignal {
    static let minimumPeople = 6
    static let alpha = 0.003
    static let exactUpTo = 8
    static let samples = 20_000
    /// Correlation the export order needs (either way) and alphabetical order needs.
    static let exportCorrelation = 0.8
    static let alphabeticalCorrelation = 0.95

    /// The signal for the people of a list, in list order and without duplicates: their
    /// places in the connections export and their names; nil when the order shows nothing.
    static func find(exportPositions: [Int], names: [PersonName]) -> ListSignal? {
        let count = exportPositions.count
        guard count >= minimumPeople, names.count == count else { return nil }
        let byExport = ListSignals.spearman(exportPositions.map(Double.init))
        if abs(byExport) >= exportCorrelation {
            let p = pValue(abs(byExport), count: count, twoSided: true)
            if p <= alpha {
                return ListSignal(
                    id: "mirrors-connections-order",
                    summary:
                        "the list follows the order of your own connections export (rank correlation \(ListSignals.format(byExport)) over \(count) people; \(chance(p, count: count))): it was likely copied from your connections",
                    isWarning: true)
            }
        }
        let byFirst = ListSignals.spearman(ListSignals.rankOf(names.map(\.key)))
        let byLast = ListSignals.spearman(ListSignals.rankOf(names.map { $0.last + " " + $0.first }))
        let alphabetical = max(byFirst, byLast)
        if alphabetical >= alphabeticalCorrelation {
            let p = pValue(alphabetical, count: count, twoSided: false)
            if p <= alpha {
                return ListSignal(
                    id: "mirrors-connections-order",
                    summary:
                        "the list is in alphabetical order, as your connections page shows them (rank correlation \(ListSignals.format(alphabetical)) over \(count) people; \(chance(p, count: count)))",
                    isWarning: true)
            }
        }
        return nil
    }

    /// "a random order does this about 1 time in 360", or none of the shuffles tried did.
    private static func chance(_ p: Double, count: Int) -> String {
        guard p > 0 else { return "none of \(samples) random orders does as well" }
        return "a random order does this about 1 time in \(Int((1 / p).rounded()))"
    }

    /// The share of orders of `count` distinct people whose rank correlation with list
    /// position is at least `rho` (or at most `-rho` too, when two-sided).
    static func pValue(_ rho: Double, count: Int, twoSided: Bool) -> Double {
        let threshold = rho - 1e-9
        func extreme(_ order: [Int]) -> Bool {
            let value = correlation(order)
            return value >= threshold || (twoSided && -value >= threshold)
        }
        var order = Array(0..<count)
        var hits = 0
        var total = 0
        if count <= exactUpTo {
            // Heap's algorithm visits every permutation once.
            var counters = [Int](repeating: 0, count: count)
            total = 1
            if extreme(order) { hits += 1 }
            var index = 1
            while index < count {
                if counters[index] < index {
                    order.swapAt(index % 2 == 0 ? 0 : counters[index], index)
                    total += 1
                    if extreme(order) { hits += 1 }
                    counters[index] += 1
                    index = 1
                } else {
                    counters[index] = 0
                    index += 1
                }
            }
        } else {
            var generator = SplitMix64(seed: 0x5EED_0F_0DE5)
            for _ in 0..<samples {
                order.shuffle(using: &generator)
                total += 1
                if extreme(order) { hits += 1 }
            }
        }
        return Double(hits) / Double(total)
    }

    /// Spearman's correlation of a permutation of 0..<n with list position.
    private static func correlation(_ order: [Int]) -> Double {
        let n = Double(order.count)
        var squares = 0.0
        for (position, rank) in order.enumerated() {
            let difference = Double(position - rank)
            squares += difference * difference
        }
        return 1 - 6 * squares / (n * (n * n - 1))
    }
}
