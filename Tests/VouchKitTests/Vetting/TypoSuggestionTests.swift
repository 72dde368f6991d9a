import Foundation
import Testing

@testable import VouchReport
@testable import VouchVetting

/// A name the list misspelt is not passed off as a stranger: the verdict's evidence names the
/// connections it is a typo away from, and only those.
struct TypoSuggestionTests {
    func vet(_ text: String) throws -> VetResult {
        try TestLists.vet(text)
    }

    func target(_ result: VetResult, _ name: String) -> VettedTarget? {
        result.targets.first { $0.entry.query.name == name }
    }

    @Test func aMisspeltNameAsksDidYouMean() throws {
        // A swap of two letters, a dropped letter, both names misspelt, and `Last, First`.
        let result = try vet("Pryia Natarajan\nHana Berg\nPryia Natarjan\nHalvorson, Ingrid\n")
        let expected = [
            ("Pryia Natarajan", "Priya Natarajan"), ("Hana Berg", "Hannah Berg"),
            ("Pryia Natarjan", "Priya Natarajan"), ("Halvorson Ingrid", "Ingrid Halvorsen"),
        ]
        #expect(result.targets.count == 4)
        for (target, (written, meant)) in zip(result.targets, expected) {
            #expect(target.verdict == .notConnected, "\(written)")
            #expect(target.suggestions.first?.hasPrefix(meant) == true, "\(written): \(target.suggestions)")
            #expect(target.evidence.contains { $0.hasPrefix("did you mean \(meant)") }, "\(written)")
        }
        #expect(VetReport.markdown(result).contains("did you mean Priya Natarajan"))
    }

    @Test func strangersAndMatchesGetNoSuggestion() throws {
        // Sam Lee shares a surname with Marcus Lee and Zara Whitfield an initial pattern with
        // nobody: strangers, not typos. Maya Okafor and Bob (Robert) Kowalski match.
        let result = try vet("Sam Lee\nZara Whitfield\nMaya Okafor\nBob Kowalski\n")
        for target in result.targets {
            #expect(target.suggestions.isEmpty, "\(target.entry.query.name): \(target.suggestions)")
            #expect(!target.evidence.contains { $0.hasPrefix("did you mean") }, "\(target.entry.query.name)")
        }
        #expect(target(result, "Sam Lee")?.verdict == .notConnected)
        #expect(target(result, "Maya Okafor")?.verdict != .notConnected)
    }

    @Test func jsonListsSuggestionsOnlyWhereThereAreSome() throws {
        let result = try vet("Pryia Natarajan\nSam Lee\n")
        let json = VetReport.json(result)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let targets = try #require(object["targets"] as? [[String: Any]])
        #expect((targets[0]["suggestions"] as? [String])?.first?.hasPrefix("Priya Natarajan") == true)
        #expect(targets[1]["suggestions"] == nil)
    }

    @Test func editsCountASwapAsOne() {
        #expect(NameSuggestions.editDistance("pryia", "priya", limit: 3) == 1)
        #expect(NameSuggestions.editDistance("hana berg", "hannah berg", limit: 3) == 2)
        #expect(NameSuggestions.editDistance("sam lee", "marcus lee", limit: 2) == 3)
    }
}
