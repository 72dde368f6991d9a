import Foundation

/// Where each of the two parts may read to, and how far each has got. The first part's end
/// is the split, unknown until the second part finds it; taking a share of what a part has
/// left makes its end unknown again until a record boundary is found there. A part asks before
/// each chunk how much of it is its own, and waits only when the chunk reaches past what is
/// known to be.
final class PartLimits: @unchecked Sendable {
    private let condition = NSCondition()
    /// Each part's end; nil while it is being decided.
    private var ends: [Int?]
    /// Reading up to here needs no decided end: any end lies after it.
    private var floors: [Int]
    /// How far each part has been let read.
    private var reached: [Int]
    private let size: Int
    private var splitDecided = false
    private var splitOffset: Int?
    private var takingTried = false
    private var taken: Int?

    init(size: Int, searchFrom: Int) {
        self.size = size
        ends = [nil, size]
        floors = [searchFrom, size]
        reached = [0, searchFrom]
    }

    /// How many bytes of the chunk at `offset`, of `count` bytes, part `part` may read;
    /// waits while the chunk reaches past what is known to be the part's.
    func allowance(part: Int, offset: Int, count: Int) -> Int {
        condition.lock()
        defer { condition.unlock() }
        while ends[part] == nil && offset + count > floors[part] { condition.wait() }
        let allowed = max(0, min(count, (ends[part] ?? offset + count) - offset))
        reached[part] = offset + allowed
        return allowed
    }

    /// Settles part `part`'s end, if it is being decided; later calls change nothing.
    func decide(part: Int, end: Int) {
        condition.lock()
        defer { condition.unlock() }
        guard ends[part] == nil else { return }
        ends[part] = end
        condition.broadcast()
    }

    /// Settles the split: an offset, or nil when there is none (the first part then reads
    /// the whole file). Later calls change nothing.
    func decideSplit(_ offset: Int?) {
        condition.lock()
        guard !splitDecided else { return condition.unlock() }
        splitDecided = true
        splitOffset = offset
        condition.unlock()
        decide(part: 0, end: offset ?? size)
    }

    /// The split, waiting until it is decided.
    var split: Int? {
        condition.lock()
        defer { condition.unlock() }
        while !splitDecided { condition.wait() }
        return splitOffset
    }

    /// Part `part` has read all it will (or failed): nothing is left to take from it.
    func finish(part: Int) {
        condition.lock()
        defer { condition.unlock() }
        if ends[part] != nil { ends[part] = reached[part] }
    }

    /// Part `victim`'s share was taken: a record boundary was found in it.
    func markTaken(from victim: Int) {
        condition.lock()
        defer { condition.unlock() }
        taken = victim
    }

    /// The part whose share was taken; nil when none was.
    var takenFrom: Int? {
        condition.lock()
        defer { condition.unlock() }
        return taken
    }

    /// Starts taking from part `victim` the last `share` of what it has left, when that is
    /// at least `minimum` bytes: the victim reads on up to `from` and stops where ``decide``
    /// says. Tried once per file. Returns where the share starts and the victim's end so far.
    func startTaking(from victim: Int, share: Double, minimum: Int) -> (from: Int, end: Int)? {
        condition.lock()
        defer { condition.unlock() }
        guard !takingTried, let end = ends[victim] else { return nil }
        takingTried = true
        let left = end - reached[victim]
        guard left >= minimum else { return nil }
        let from = end - Int(Double(left) * share)
        ends[victim] = nil
        floors[victim] = from
        return (from, end)
    }
}
