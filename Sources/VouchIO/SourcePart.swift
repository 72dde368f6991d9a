import Foundation

/// Part of another source's entry: all but the bytes comes from `base`.
protocol SourcePart: ExportSource {
    var base: RangeReadable { get }
}

extension SourcePart {
    var location: String { base.location }
    var entries: [ExportEntry] { base.entries }
    var refused: [RefusedEntry] { base.refused }
}
