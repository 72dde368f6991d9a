import Foundation
import Testing

@testable import VouchIngest
@testable import VouchScoring
@testable import VouchVetting
@testable import VouchReport

/// Every count in the reports agrees with its noun and verb, and every number explains itself.
struct CountWordingTests {
    static let analysis = VetterTests.analysis

    @Test func pluralHelper() {
        #expect(Plural.count(1, "strong tie") == "1 strong tie")
        #expect(Plural.count(2, "strong tie") == "2 strong ties")
        #expect(Plural.count(0, "person", "people") == "0 people")
        #expect(Plural.word(1, "has", "have") == "has" && Plural.word(3, "has", "have") == "have")
    }

    /// Reports with several counts of one: no "1 … members", "1 of 1", "name(s)", "over 1 years".
    @Test func noSingularCountWithAPluralWord() throws {
        let list = try RequestListReader.read(path: TestPaths.sampleList("pat-quinn-wishlist.csv"))
        let pat = Vetter(analysis: Self.analysis).vet(list, requester: "Pat Quinn")
        let one = try RequestListReader.parse(data: Data("Ingrid Halvorsen\n".utf8), name: "one.txt")
        let single = Vetter(analysis: Self.analysis).vet(one, requester: "Pat Quinn")
        let reports = [
            AnalyzeReport.markdown(Self.analysis), HTMLReport.analyze(Self.analysis),
            InspectReport.markdown(Self.analysis.export), VetReport.markdown(pat), HTMLReport.vet(pat),
            VetReport.markdown(single), HTMLReport.vet(single),
        ]
        let wrong = try NSRegularExpression(
            pattern:
                #"(?<![0-9.,])1 (?:[a-z-]+ ){0,3}?(?:people|ties|members|names|years|entries|connections|recommendations)\b|\b1 of 1\b|\(s\)|\b1 [a-z ]*(?:have|belong) "#
        )
        for report in reports {
            let range = NSRange(report.startIndex..., in: report)
            let found = wrong.matches(in: report, range: range).compactMap { Range($0.range, in: report) }.map {
                String(report[$0])
            }
            #expect(found.isEmpty, "\(found)")
        }
        #expect(InspectReport.markdown(Self.analysis.export).contains("(1 hidden or deleted member, counted"))
        #expect(VetReport.markdown(pat).contains("1 name matches several of your connections"))
        #expect(VetReport.markdown(single).contains("the one person on this list would be a blind introduction"))
    }

    /// The opening sentence counts every connection the coverage table counts, and says why a
    /// section lists fewer people than its tier holds.
    @Test func analyzeNumbersExplainThemselves() {
        let markdown = AnalyzeReport.markdown(Self.analysis)
        let rows = Self.analysis.export.ledger.file(kind: .export(.connections))?.rows ?? -1
        #expect(rows == 33)
        #expect(
            markdown.contains(
                "Of 33 connections, 1 is a hidden or deleted member (counted, not scored). Of the other 32, 5 are trusted, 5 familiar and 22 nominal"
            ))
        #expect(markdown.contains("2 strong ties have gone quiet (1 trusted, 1 familiar: counted in their tier"))
        #expect(
            markdown.contains(
                "## Trusted: people you could vouch for (4)\n\n4 of the 5 trusted ties are listed here; the other 1 has gone quiet and is listed under dormant strong ties."
            ))
        let html = HTMLReport.analyze(Self.analysis)
        #expect(html.contains("Of 33 connections, 1 is a hidden or deleted member"))
        #expect(html.contains("4 of the 5 trusted ties are listed here"))
    }

    /// An export with messages but no endorsements is the larger archive: the notice names what
    /// is missing and gives the fast-file advice only to the fast file.
    @Test func theNoticeFitsWhatIsMissing() throws {
        let connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ann,Lee,https://www.linkedin.com/in/ann-lee,,Acme,Lead,03 Feb 2020

            """
        let messages =
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
            + "c1,,Ann Lee,https://www.linkedin.com/in/ann-lee,Owen Owner,2022-01-01 10:00:00 UTC,,hi,INBOX\n"
        let export = try readExport(
            copying: [:], writing: ["Connections.csv": connections, "messages.csv": messages])
        let coverage = EvidenceCoverage(export.ledger)
        #expect(coverage.missing == ["endorsements", "recommendations"])
        let notice = try #require(coverage.notice)
        #expect(notice.hasPrefix("This export has no endorsements or recommendations files"))
        #expect(!notice.contains("fast file") && !notice.contains("connections only"))
        let fast = try readExport(copying: [:], writing: ["Connections.csv": connections])
        #expect(
            EvidenceCoverage(fast.ledger).notice?.contains("LinkedIn's first, fast file holds connections only") == true
        )
    }
}
