import Testing

@testable import VouchIngest

/// Reports name file kinds and exclusion reasons with the words they always used.
@Suite struct LedgerKindTests {
    @Test func fileKindsAreNamedAsReportsWriteThem() {
        #expect(FileKind.export(.messages).name == "messages")
        #expect(FileKind.export(.endorsementsReceived).name == "endorsements-received")
        #expect(FileKind.connectionsPage.name == "connections-page")
        #expect(FileKind.addressBook.name == "contacts")
        #expect(FileKind.export(.connections).exportFile == .connections)
        #expect(FileKind.addressBook.exportFile == nil)
    }

    @Test func exclusionReasonsAreNamedAndOrderedAsReportsWriteThem() {
        #expect(ExclusionReason.allCases.map(\.rawValue).sorted() == ExclusionReason.allCases.sorted().map(\.rawValue))
        #expect(ExclusionReason.spamFolder.rawValue == "spam folder")
        #expect(ExclusionReason.sponsoredConversation.rawValue == "sponsored conversation")
        #expect(ExclusionReason.afterAsOf.rawValue == "dated after the as-of day")
        var ledger = FileLedger(name: "messages.csv", kind: .export(.messages))
        ledger.exclude(.draft)
        ledger.exclude(.draft)
        #expect(ledger.excluded == [.draft: 2] && ledger.used == 2 && ledger.rows == 2)
    }
}
