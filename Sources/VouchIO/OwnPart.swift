import Foundation

/// One of the two parts whose end ``PartLimits`` keeps.
struct OwnPart: Sendable {
    let limits: PartLimits
    let part: Int

    /// Hands on the bytes of the chunk at `offset` that are this part's; false when the part
    /// ends in or before this chunk.
    func consume(
        _ chunk: UnsafeBufferPointer<UInt8>, at offset: Int, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows -> Bool {
        let allowed = limits.allowance(part: part, offset: offset, count: chunk.count)
        if allowed > 0 { try consume(UnsafeBufferPointer(rebasing: chunk.prefix(allowed))) }
        return allowed == chunk.count
    }
}
