import Testing

@testable import VouchDates

/// ``MonthSet`` must behave as a `Set<Int32>` of months whatever the dates: it is what "in
/// touch in N different months" counts.
struct MonthSetTests {
    /// Months from a seeded generator, some of them decades apart (outside any one window).
    static func months(seed: UInt64, count: Int) -> [Int32] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let spread: Int32 = state >> 60 == 0 ? 1_200 : 150
            return 24_000 + Int32(truncatingIfNeeded: (state >> 33) % UInt64(spread))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func countsAndContainsLikeASet(seed: UInt64) {
        let months = Self.months(seed: seed, count: 400)
        let set = MonthSet(months)
        let reference = Set(months)
        #expect(set.count == reference.count)
        #expect(set.sorted == reference.sorted())
        for month in Int32(23_990)...Int32(25_210) {
            #expect(set.contains(month) == reference.contains(month))
        }
    }

    /// Two sets start their windows where their first months fall: merging must not depend
    /// on where either started, or on the order of merging.
    @Test(arguments: [6, 7, 8] as [UInt64])
    func unionIsTheSetUnionWhateverTheWindows(seed: UInt64) {
        let left = Self.months(seed: seed, count: 60)
        let right = Self.months(seed: seed + 100, count: 60)
        var merged = MonthSet(left)
        merged.formUnion(MonthSet(right))
        var other = MonthSet(right)
        other.formUnion(MonthSet(left))
        #expect(merged.count == Set(left + right).count)
        #expect(merged == other)
        #expect(merged.hashValue == other.hashValue)
        #expect(merged == MonthSet(left + right))
    }

    @Test func emptyAndSameWindow() {
        var set = MonthSet()
        #expect(set.isEmpty && set.count == 0 && !set.contains(24_300))
        set.formUnion(MonthSet())
        #expect(set.isEmpty)
        set.formUnion(MonthSet([24_300, 24_301]))
        #expect(set.count == 2)
        set.formUnion([24_301, 24_302])
        #expect(set.count == 3)
        #expect(set != MonthSet())
        #expect(MonthSet([24_300]) != MonthSet([24_301]))
    }
}
