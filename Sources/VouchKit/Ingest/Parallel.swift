import Foundation

/// Runs two pieces of work at once: the first on the calling thread, the second on a new one.
enum Parallel {
    private final class Job<Value>: @unchecked Sendable {
        /// Dropped by the worker before it signals, so nothing holds the closure once
        /// ``both(_:_:)`` returns.
        var work: (() throws -> Value)?
        var result: Result<Value, any Error>?
        let done = DispatchSemaphore(value: 0)

        init(_ work: @escaping () throws -> Value) { self.work = work }
    }

    static func both<First, Second>(
        _ first: () throws -> First, _ second: () throws -> Second
    ) -> (Result<First, any Error>, Result<Second, any Error>) {
        withoutActuallyEscaping(second) { second in
            let job = Job(second)
            let thread = Thread {
                if let work = job.work { job.result = Result { try work() } }
                job.work = nil
                job.done.signal()
            }
            thread.stackSize = 8 << 20
            thread.start()
            let firstResult = Result { try first() }
            job.done.wait()
            return (firstResult, job.result ?? .failure(CancellationError()))
        }
    }
}
