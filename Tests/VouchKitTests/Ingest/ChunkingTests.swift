import Foundation
import Testing

@testable import VouchIngest
@testable import VouchScoring
@testable import VouchReport
@testable import VouchIO

/// The same export read in chunks of any size gives the same report, byte for byte.
struct ChunkingTests {
    /// Hands the wrapped source's bytes on in pieces of `size` bytes.
    struct Rechunked: ExportSource {
        let base: ExportSource
        let size: Int
        var location: String { base.location }
        var entries: [ExportEntry] { base.entries }
        var refused: [RefusedEntry] { base.refused }

        func read(_ entry: ExportEntry, _ consume: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
            try base.read(entry) { chunk in
                var offset = 0
                while offset < chunk.count {
                    let end = min(chunk.count, offset + size)
                    try consume(UnsafeBufferPointer(rebasing: chunk[offset..<end]))
                    offset = end
                }
            }
        }
    }

    @Test(arguments: [1, 2, 7, 64, 4093])
    func reportIsIdenticalWhateverTheChunking(size: Int) throws {
        let whole = AnalyzeReport.json(Analysis(export: try ExportReader.read(TestPaths.sampleFolder)))
        let source = Rechunked(base: try ExportSources.open(TestPaths.sampleFolder), size: size)
        let chunked = AnalyzeReport.json(Analysis(export: try ExportReader.read(source)))
        #expect(chunked == whole)
    }

    @Test func zipAndFolderGiveTheSameJSON() throws {
        let zip = AnalyzeReport.json(Analysis(export: try ExportReader.read(TestPaths.sampleZip)))
        let folder = AnalyzeReport.json(Analysis(export: try ExportReader.read(TestPaths.sampleFolder)))
        #expect(zip.replacingOccurrences(of: ".zip", with: "") == folder)
    }
}
