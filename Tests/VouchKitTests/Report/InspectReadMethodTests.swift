import Foundation
import Testing

@testable import VouchIngest
@testable import VouchReport

/// `inspect` says how messages.csv was read and why, in markdown and JSON.
struct InspectReadMethodTests {
    /// The `messagesRead` object of `inspect --format json`; nil when it is null.
    static func messagesRead(_ export: LinkedInExport) throws -> [String: Any]? {
        let data = Data(InspectReport.json(export).utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(document.keys.contains("messagesRead"))
        return document["messagesRead"] as? [String: Any]
    }

    @Test func theSampleSaysItsMessagesWereReadWholeAndWhy() throws {
        let export = try ExportReader.read(TestPaths.sampleFolder)
        let markdown = InspectReport.markdown(export)
        #expect(
            markdown.contains(
                "- messages.csv: read once, whole on one thread, each conversation folded as it ended: it is smaller than 8 MB, not worth a second thread\n"
            ))
        let read = try #require(try Self.messagesRead(export))
        #expect(read["file"] as? String == "messages.csv" && read["passes"] as? Int == 1)
        #expect(read["inParts"] as? Bool == false && read["streamed"] as? Bool == true)
        #expect(read["reasons"] as? [String] == ["small-file"])
    }

    @Test func aFileReadTwiceSaysSoAndAnExportWithoutMessagesSaysNothing() throws {
        let interleaved = try readExport(copying: [
            "Profile.csv": "eras/profile.csv", "Connections.csv": "eras/connections-2025.csv",
            "messages.csv": "eras/messages-interleaved.csv",
        ])
        #expect(
            InspectReport.markdown(interleaved).contains(
                "read twice, whole on one thread, every conversation kept until the end: it is smaller than 8 MB, not worth a second thread; the rows of a conversation were not all together"
            ))
        let read = try #require(try Self.messagesRead(interleaved))
        #expect(read["reasons"] as? [String] == ["small-file", "conversations-not-grouped"])
        #expect(read["passes"] as? Int == 2 && read["streamed"] as? Bool == false)
        let withoutOwner = try readExport(copying: [
            "Connections.csv": "eras/connections-2025.csv", "messages.csv": "eras/messages-2025.csv",
        ])
        #expect(
            withoutOwner.ledger.file(kind: .export(.messages))?.readMethod?.reasons == [.smallFile, .ownerUnknown])
        let none = try readExport(copying: ["Connections.csv": "eras/connections-2025.csv"])
        #expect(try Self.messagesRead(none) == nil)
        #expect(!InspectReport.markdown(none).contains(" read once"))
    }
}
