import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A single file named by the user (usually `Connections.csv`).
struct SingleFileSource: FileBackedSource {
    let location: String
    let entries: [ExportEntry]
    let refused: [RefusedEntry] = []

    init(path: String) {
        self.location = path
        self.entries = [ExportEntry(path: PathName.lastComponent(path))]
    }

    func filePath(of entry: ExportEntry) -> String { location }
}
