import Foundation
import Testing

/// Profile URLs in JSON are absolute wherever they came from: the export writes them whole,
/// a saved connections page links `/in/…/`.
struct JSONProfileURLTests {
    @Test func profileURLsFromASavedPageAreAbsolute() throws {
        let page = CommandLineTests.repository.appendingPathComponent("Tests/VouchKitTests/Fixtures/pages/classic.html")
        let result = try CommandLineTests.run([
            "analyze", CommandLineTests.sampleZip, "--extra", page.path, "--format", "json",
        ])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let urls = (json?["people"] as? [[String: Any]] ?? []).compactMap { $0["profileURL"] as? String }
        #expect(urls.contains("https://www.linkedin.com/in/ana-sousa-1b2c3d/"))
        #expect(urls.allSatisfy { $0.hasPrefix("https://") }, "\(urls.filter { !$0.hasPrefix("https://") })")
    }
}
