import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Thrown from a chunk callback to stop reading once enough of an entry has been seen.
@usableFromInline package struct EnoughRead: Error {
    @inlinable package init() {}
}
