import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file inside an export: an archive entry, a file in the unpacked folder, or the single
/// file the user named.
public struct ExportEntry: Hashable, Sendable {
    /// The path inside the export, as shown in reports.
    public let path: String
    /// The file name without folders.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }
}
