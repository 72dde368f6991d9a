import CMemoryHints

/// Hints to the processor about memory, for the layers above VouchIO (which use no C target
/// of their own). A hint never faults and changes no result.
package enum MemoryHint {
    /// Starts loading the cache line at `address`, without waiting for it: a read a little
    /// later finds it in the cache.
    @inlinable package static func prefetch(_ address: UnsafeRawPointer) {
        vouch_prefetch(address)
    }
}
