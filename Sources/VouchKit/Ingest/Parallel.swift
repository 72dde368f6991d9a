import Foundation

/// Runs two pieces of work at once: the first on the calling thread, the second on a new one.
enum Parallel {
    private final class Job<Value, Failure: Error>: @unchecked Sendable {
        /// Dropped by the worker before it signals, so nothing holds the closure once
        /// ``both(_:_:)`` returns.
        var work: (() throws(Failure) -> Value)?
        var result: Result<Value, Failure>?
        let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping () throws(Failure) -> Value) { self.work = work }
    }

    /// Both results; work that cannot fail gives results whose `get()` cannot throw.
    static func both<First, Second, Failure: Error>(
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
}
