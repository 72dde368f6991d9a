import Testing

@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchScoring
@testable import VouchReport

struct RedactionTests {
    @Test func masksEmailsAndProfiles() {
        let text = """
            "profileURL": "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-2b",
            | Ana | de.linkedin.com/in/ana-sousa/ | ana@example.com |
            see /in/bo-lund/ and mailto:bo.lund+x@globex.co.uk
            """
        let redacted = Redaction.apply(text)
        #expect(!redacted.contains("linkedin.com/in"))
        #expect(!redacted.contains("/in/bo-lund"))
        #expect(!redacted.contains("@"))
        #expect(redacted.contains("\"profileURL\": \"[profile]\""))
        #expect(redacted.contains("| Ana | [profile] | [email] |"))
    }

    @Test func sampleReportKeepsNamesAndLosesContacts() throws {
        let analysis = Analysis(export: try ExportReader.read(TestPaths.sampleZip))
        let redacted = Redaction.apply(AnalyzeReport.json(analysis))
        #expect(redacted.contains("Maya Okafor"))
        #expect(!redacted.contains("linkedin.com/in/"))
        #expect(!redacted.contains("harborbakery.example"))
    }
}
