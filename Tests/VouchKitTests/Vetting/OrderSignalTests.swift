import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchVetting

/// The order signal fires on a copied order, and rarely on a random one.
struct OrderSignalTests {
    /// Names whose alphabetical order (by first and by last name) is unrelated to `0..<count`.
    static func names(_ count: Int, using generator: inout SplitMix64) -> [PersonName] {
        let firsts = ["Ann", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ida", "Jo", "Kit", "Lu"].shuffled(
            using: &generator)
        let lasts = ["Ames", "Bell", "Cole", "Dunn", "Eck", "Fox", "Gray", "Hart", "Ivy", "Judd", "Kerr", "Lamb"]
            .shuffled(using: &generator)
        return (0..<count).map { PersonName(first: firsts[$0], last: lasts[$0]) }
    }

    @Test func aCopiedExportOrderFiresEitherWay() {
        var generator = SplitMix64(seed: 1)
        let names = Self.names(6, using: &generator)
        #expect(OrderSignal.find(exportPositions: [3, 7, 9, 12, 20, 31], names: names) != nil)
        #expect(OrderSignal.find(exportPositions: [31, 20, 12, 9, 7, 3], names: names) != nil)
    }

    @Test func fiveOrFewerPeopleNeverFire() {
        var generator = SplitMix64(seed: 2)
        let names = Self.names(5, using: &generator)
        #expect(OrderSignal.find(exportPositions: [1, 2, 3, 4, 5], names: names) == nil)
        let sorted = names.sorted { $0.key < $1.key }
        #expect(OrderSignal.find(exportPositions: [5, 1, 4, 2, 3], names: sorted) == nil)
    }

    @Test func oneSwapInSixIsNotSignificant() {
        var generator = SplitMix64(seed: 3)
        let names = Self.names(6, using: &generator)
        // ρ = 0.94 from one swap: 12 of the 720 orders do as well.
        #expect(OrderSignal.find(exportPositions: [1, 2, 4, 3, 5, 6], names: names) == nil)
    }

    @Test func anAlphabeticalListFires() {
        var generator = SplitMix64(seed: 4)
        let names = Self.names(7, using: &generator).sorted { $0.key < $1.key }
        let signal = OrderSignal.find(exportPositions: [5, 1, 6, 3, 0, 2, 4], names: names)
        #expect(signal?.summary.hasPrefix("the list is in alphabetical order") == true)
    }

    /// Random orders of 6 to 12 distinct people: the signal (export order either way, or
    /// alphabetical by first or last name) fires on at most 1% of them. Measured: 6 of 2,100 (0.3%).
    @Test func aRandomOrderRarelyFires() {
        var generator = SplitMix64(seed: 2026)
        var fired = 0
        var lists = 0
        for count in 6...12 {
            for _ in 0..<300 {
                let positions = Array(0..<count).shuffled(using: &generator)
                let names = Self.names(count, using: &generator)
                if OrderSignal.find(exportPositions: positions, names: names) != nil { fired += 1 }
                lists += 1
            }
        }
        let rate = Double(fired) / Double(lists)
        #expect(rate <= 0.01, "fired on \(fired) of \(lists) random orders")
        print("order signal: fired on \(fired) of \(lists) random orders (\(rate * 100)%)")
    }

    /// Duplicated entries count once: a list naming four people twice each, in the order of
    /// the connections export, is four people, too few to tell an order from chance.
    @Test func duplicatesCountOnce() throws {
        let text =
            ["Sofia Marchetti", "Maya Okafor", "Elizabeth Chen", "Priya Natarajan"]
            .flatMap { [$0, $0] }.joined(separator: "\n") + "\n"
        let list = try RequestListReader.parse(data: Data(text.utf8), name: "list.txt")
        let result = Vetter(analysis: VetterTests.analysis).vet(list)
        #expect(!result.signals.contains { $0.id == "mirrors-connections-order" })
    }
}
