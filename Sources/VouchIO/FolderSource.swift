import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An unpacked export folder. Reads the top level and one level of sub-folders (the export's
/// own `Jobs/` and the like, or a folder the archive was unpacked into); symbolic links to
/// folders are not followed, so a link loop cannot trap the reader.
package struct FolderSource: FileBackedSource {
    package let location: String
    package let entries: [ExportEntry]
    package let refused: [RefusedEntry]

    package init(path: String) throws {
        self.location = path
        let manager = FileManager.default
        var found: [ExportEntry] = []
        var refused: [RefusedEntry] = []
        func list(_ relative: String, depth: Int) throws {
            let full = relative.isEmpty ? path : path + "/" + relative
            let names: [String]
            do {
                names = try manager.contentsOfDirectory(atPath: full).sorted()
            } catch {
                if relative.isEmpty { throw SourceError.unreadable(path: path, reason: "the folder cannot be listed") }
                refused.append(RefusedEntry(name: relative, reason: "the folder cannot be listed"))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                let full = path + "/" + child
                let kind = FileStatus(full)?.kind
                if kind == .symbolicLink {
                    switch FileStatus(full, followingLinks: true)?.kind {
                    case nil:
                        refused.append(RefusedEntry(name: child, reason: "symbolic link to nothing"))
                    case .directory:
                        refused.append(RefusedEntry(name: child, reason: "symbolic link to a folder (not followed)"))
                    default:
                        found.append(ExportEntry(path: child))
                    }
                } else if kind == .directory {
                    if depth < 1 { try list(child, depth: depth + 1) }
                } else if kind == .regular {
                    found.append(ExportEntry(path: child))
                }
            }
        }
        try list("", depth: 0)
        self.entries = found
        self.refused = refused
    }

    package func filePath(of entry: ExportEntry) -> String { location + "/" + entry.path }
}
