import Foundation

/// Runs two pieces of work at once: the first on the calling thread, the second on a new one.
@usableFromInline package enum Parallel {
    @usableFromInline package final class Job<Value, Failure: Error>: @unchecked Sendable {
        /// Dropped by the worker before it signals, so nothing holds the closure once
        /// ``both(_:_:)`` returns.
        @usableFromInline package var work: (() throws(Failure) -> Value)?
        @usableFromInline package var result: Result<Value, Failure>?
        @usableFromInline package let done = DispatchSemaphore(value: 0)

        @inlinable package init(_ work: @escaping () throws(Failure) -> Value) { self.work = work }
    }

    /// Both results; work that cannot fail gives results whose `get()` cannot throw.
    @inlinable package static func both<First, Second, Failure: Error>(
        _ first: () throws(Failure) -> First, _ second: () throws(Failure) -> Second
    ) -> (Result<First, Failure>, Result<Second, Failure>) {
        withoutActuallyEscaping(second) { second in
            let job = Job(second)
            let thread = Thread {
                if let work = job.work { job.result = Result { () throws(Failure) -> Second in try work() } }
                job.work = nil
                job.done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            let firstResult = Result { () throws(Failure) -> First in try first() }
            job.done.wait()
            guard let secondResult = job.result else {
                preconditionFailure("the worker sets the result before it signals")
            }
            return (firstResult, secondResult)
        }
    }

    /// Both results, worked out at once when `inParallel`, else one after the other on this
    /// thread (for work too small to be worth a thread).
    @inlinable package static func both<First, Second, Failure: Error>(
        _ first: () throws(Failure) -> First, _ second: () throws(Failure) -> Second, inParallel: Bool
    ) -> (Result<First, Failure>, Result<Second, Failure>) {
        guard inParallel else {
            return (
                Result { () throws(Failure) -> First in try first() },
                Result { () throws(Failure) -> Second in try second() }
            )
        }
        return both(first, second)
    }

    /// Per-person work on fewer people than this is done on one thread: a second thread would
    /// cost about as much as it saves.
    @usableFromInline package static let peopleWorthAThread = 4_096

    /// `transform` applied to `elements` in order: an array of at least `minimumCount`
    /// elements is transformed in two halves at once (for work that is pure per element),
    /// a shorter one in its two halves on this thread. `transform` is given a half and hands
    /// on one result per element, in order (`emit`), so that it can keep what it likes for
    /// the half; the results are put straight into the array returned, not into an array
    /// per half copied into it after (a copy of each result, its references counted, and a
    /// second array's pages touched, on one core while the other waits).
    @inlinable package static func inHalves<Element, Transformed>(
        _ elements: [Element], minimumCount: Int,
        _ transform: (ArraySlice<Element>, _ emit: (Transformed) -> Void) -> Void
    ) -> [Transformed] {
        let middle = elements.count / 2
        return Array(unsafeUninitializedCapacity: elements.count) { buffer, initialized in
            /// Transforms `range`, putting its results at their places; returns how many.
            func fill(_ range: Range<Int>) -> Int {
                var next = range.lowerBound
                transform(elements[range]) { result in
                    precondition(next < range.upperBound, "one result for each element")
                    buffer.initializeElement(at: next, to: result)
                    next += 1
                }
                return next - range.lowerBound
            }
            let (first, second) = both(
                { fill(0..<middle) }, { fill(middle..<elements.count) }, inParallel: elements.count >= minimumCount)
            precondition(
                first.get() == middle && second.get() == elements.count - middle, "one result for each element")
            initialized = elements.count
        }
    }
}
