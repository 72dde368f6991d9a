import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A single file named by the user (usually `Connections.csv`).
package struct SingleFileSource: FileBackedSource {
    package let location: String
    package let entries: [ExportEntry]
    package let refused: [RefusedEntry] = []

    package init(path: String) {
        self.location = path
        self.entries = [ExportEntry(path: PathName.lastComponent(path))]
    }

    package func filePath(of entry: ExportEntry) -> String { location }
}
