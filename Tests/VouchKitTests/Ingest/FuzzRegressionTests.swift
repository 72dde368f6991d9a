import Foundation
import Testing

@testable import VouchDates
@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchVetting
@testable import VouchIO

/// Every input a fuzzer ever crashed (Fixtures/fuzz-regressions) goes through every parser.
struct FuzzRegressionTests {
    static let inputs: [String] = {
        let folder = TestPaths.testsFolder.appendingPathComponent("Fixtures/fuzz-regressions")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .map { folder.appendingPathComponent($0).path }
    }()

    @Test func thereAreRegressions() {
        #expect(!Self.inputs.isEmpty)
    }

    @Test(arguments: inputs)
    func everyParserSurvives(_ path: String) throws {
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        _ = DateParser.parse(bytes)
        _ = ProfileKey(bytes: bytes)
        var reader = CSVReader()
        var records = 0
        reader.feed(bytes) { if case .record = $0 { records += 1 } }
        reader.finish { if case .record = $0 { records += 1 } }
        _ = try? RequestListReader.parse(data: Data(bytes), name: "list.txt")
        _ = try? ConnectionPageReader.parse(bytes: bytes, source: "page.html", asOf: CalendarDay(iso: "2026-11-20"))
        _ = records  // surviving is the assertion: a crash fails the test run
    }
}
