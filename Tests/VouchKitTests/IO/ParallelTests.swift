import Testing

@testable import VouchIO

/// Work split in two halves gives what one pass gives, in order, whether the halves run on
/// two threads or one after the other.
struct ParallelTests {
    @Test(arguments: [0, 1, 2, 7, 10_001])
    func halvesKeepOrderAndEveryElement(count: Int) {
        let elements = (0..<count).map { "person \($0)" }
        for minimumCount in [0, Int.max] {
            // Each half keeps state of its own, as the scorer's cache of employers does.
            let results = Parallel.inHalves(elements, minimumCount: minimumCount) { half, emit in
                var seen = 0
                for element in half {
                    seen += 1
                    emit(element.uppercased() + " #\(seen)")
                }
            }
            let middle = count / 2
            let expected = elements.enumerated().map { offset, element in
                element.uppercased() + " #\(offset < middle ? offset + 1 : offset - middle + 1)"
            }
            #expect(results == expected, "\(count) elements, threads from \(minimumCount)")
        }
    }
}
