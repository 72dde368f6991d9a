import Testing

@testable import VouchIdentity
@testable import VouchIngest

/// `TO` joins names with `,` and no quoting: split against the names that can occur, longest
/// first, never on every comma.
struct NameListTests {
    static func split(_ text: String, known: [String]) -> (names: [String], settled: Bool) {
        let keys = Set(known.map { PersonName($0).key })
        let split = NameList.split(text) { name, _ in keys.contains(name.key) }
        return (split.names.map(\.text), split.settled)
    }

    @Test func knownNamesWithCommasStayWhole() {
        let result = Self.split(
            "Femi O SPHRi, CPHR,Ada Okafor, MBA, PMP,Bo Lund",
            known: ["Femi O SPHRi, CPHR", "Ada Okafor, MBA, PMP", "Bo Lund"])
        #expect(result.names == ["Femi O SPHRi, CPHR", "Ada Okafor, MBA, PMP", "Bo Lund"])
        #expect(result.settled)
    }

    @Test func theLongestKnownNameWins() {
        // `Obi` alone is a known name too; `Ngozi Obi, ACIPM` is longer.
        let result = Self.split("Ngozi Obi, ACIPM,Obi", known: ["Obi", "Ngozi Obi, ACIPM"])
        #expect(result.names == ["Ngozi Obi, ACIPM", "Obi"])
    }

    @Test func anUnknownNameKeepsTheCredentialsAfterIt() {
        let result = Self.split("Gus Stranger, MBA, PMP,Bo Lund", known: ["Bo Lund"])
        #expect(result.names == ["Gus Stranger, MBA, PMP", "Bo Lund"])
        #expect(!result.settled)  // a later sender may be `Gus Stranger, MBA`
    }

    @Test func aPieceWithASpaceStartsAName() {
        // `Bo Lund` is not joined to `Ada Okafor` even though `Ada Okafor, Bo Lund` is known.
        let result = Self.split("Ada Okafor,Bo Lund", known: ["Ada Okafor, Bo Lund", "Ada Okafor", "Bo Lund"])
        #expect(result.names == ["Ada Okafor", "Bo Lund"])
    }

    @Test func credentialsOutsideTheKnownListStayWithTheName() {
        let result = Self.split("Ngozi Obi, ACIPM,Chi Ilonuba, PMP, CCMP(Prosci),Bo Lund", known: ["Bo Lund"])
        #expect(result.names == ["Ngozi Obi, ACIPM", "Chi Ilonuba, PMP, CCMP(Prosci)", "Bo Lund"])
        // A surname written after a comma is not a credential.
        #expect(Self.split("Gus Stranger,Smith", known: []).names == ["Gus Stranger", "Smith"])
    }

    @Test func unknownFullNamesAreSettled() {
        let result = Self.split("Gus Stranger,Hal Other", known: [])
        #expect(result.names == ["Gus Stranger", "Hal Other"])
        #expect(result.settled)
    }
}
