import Foundation
import Testing

@testable import VouchDates
@testable import VouchScoring
@testable import VouchVetting

/// A line that names several people gives a target for each, on the same line: nobody on
/// it is silently dropped.
struct SeveralNamesTests {
    func vet(_ text: String, analysis: Analysis = VetterTests.analysis) throws -> VetResult {
        try TestLists.vet(text, analysis: analysis)
    }

    @Test func namesBetweenCommasAreEachAPerson() throws {
        let result = try vet("Maya Okafor, Ben Carter, Ingrid Halvorsen\nTomás Rivera\n")
        #expect(result.targets.map(\.verdict) == [.vouch, .needsReason, .blind, .vouch])
        #expect(result.targets.map(\.entry.line) == [1, 1, 1, 2])
        for target in result.targets.prefix(3) {
            #expect(target.entry.query.company == nil && target.entry.reason == nil, "\(target.entry)")
            #expect(target.evidence.contains("the line names 3 people"), "\(target.evidence)")
        }
        #expect(!result.targets[3].evidence.contains { $0.hasPrefix("the line names") })
        // A name several connections share is a person too: ambiguous, not a company.
        let shared = try vet("Maya Okafor, Chris Park\n")
        #expect(shared.targets.map(\.verdict) == [.vouch, .ambiguous])
    }

    @Test func aConnectionsNameAfterAndInTheCompanyIsAPerson() throws {
        let result = try vet("Maya Okafor at Harbor Bakery Co. and Ingrid Halvorsen at Initech\n")
        #expect(result.targets.map(\.verdict) == [.vouch, .blind], "\(result.targets.map(\.entry))")
        #expect(result.targets.first?.entry.query.company == "Harbor Bakery Co.")
        #expect(result.targets.last?.entry.query.name == "Ingrid Halvorsen")
        #expect(result.targets.last?.entry.query.company == "Initech")
    }

    /// A company that is the connection's own is never split, and a piece that is no
    /// connection's full name stays a company or a reason.
    @Test func theConnectionsOwnCompanyIsNeverSplit() throws {
        let connections = """
            First Name,Last Name,URL,Email Address,Company,Position,Connected On
            Ann,Lee,https://www.linkedin.com/in/ann-lee,,Smith and Bo Park,Partner,03 Feb 2020
            Bo,Park,https://www.linkedin.com/in/bo-park,,Zeta,Analyst,03 Mar 2021
            Cy,Ives,https://www.linkedin.com/in/cy-ives,,Yolk,Chef,04 Mar 2021

            """
        let export = try readExport(copying: [:], writing: ["Connections.csv": connections])
        let analysis = Analysis(export: export, asOf: CalendarDay(iso: "2026-01-01"))
        let own = try vet("Ann Lee, Smith and Bo Park\n", analysis: analysis)
        #expect(own.targets.count == 1)
        #expect(own.targets.first?.entry.query.company == "Smith and Bo Park")
        let two = try vet("Cy Ives, Bo Park, Di Nobody\n", analysis: analysis)
        #expect(two.targets.map(\.entry.query.name) == ["Cy Ives", "Bo Park"])
        #expect(two.targets.first?.entry.reason == "Di Nobody")
    }
}
