import Foundation
import Testing
import VouchIO

@testable import VouchIdentity
@testable import VouchVetting
@testable import VouchReport

/// Lists pasted from LinkedIn or written loosely, addresses the export hides, names written
/// in both orders, and files that name nobody.
struct LooseListTests {
    func vet(_ text: String, name: String = "list.txt", requester: String? = nil) throws -> VetResult {
        try TestLists.vet(text, name: name, requester: requester)
    }

    func connectionName(_ match: MatchOutcome?) -> String? {
        guard case .matched(let index, _, _) = match else { return nil }
        return VetterTests.analysis.export.connections[index].name
    }

    /// A copied LinkedIn list: degree markers are noise, a title line under a person is theirs.
    @Test func aListCopiedFromLinkedIn() throws {
        let result = try vet(
            "1. Maya Okafor (Harbor Bakery) - I'd like to pitch\n2) Olivia Grant · 2nd\nProgram Manager at Grant Wellness\n"
                + "3. Hannah Berg · 3rd+\n4. Priya Natarajan 1st\n")
        #expect(
            result.targets.map { connectionName($0.match) } == [
                "Maya Okafor", "Olivia Grant", "Hannah Berg", "Priya Natarajan",
            ])
        #expect(result.targets[1].entry.title == "Program Manager")
        #expect(result.targets[1].entry.query.company == "Grant Wellness")
        #expect(
            result.targets.allSatisfy { !$0.entry.query.name.contains("·") && !$0.entry.query.name.contains("2nd") })
    }

    @Test func aTitleLineWithNoPersonAboveIsNotAPerson() throws {
        let result = try vet("Manager at Alpine Ski House\nMaya Okafor\n")
        #expect(result.targets.count == 1)
        #expect(result.list.skipped.first?.reason.contains("job title") == true)
    }

    @Test func theOwnerOnTheListIsSkipped() throws {
        let result = try vet("Maya Okafor\nDana Whitfield\n")
        #expect(result.targets.count == 1)
        #expect(result.list.skipped.map(\.reason) == ["you, the owner of the export"])
    }

    @Test func aUniqueGivenNameMatchesWithDoubt() throws {
        let result = try vet("Kevin\n")
        #expect(connectionName(result.targets.first?.match) == "Kevin Brandt")
        #expect(result.targets.first?.evidence.contains("unsure: first name only") == true)
        // Two connections share a given name: either may be meant.
        let shared = try vet("Chris\n")
        #expect(shared.targets.first?.verdict == .ambiguous)
    }

    @Test func anAddressTheExportDoesNotHaveIsUnresolvedNotAStranger() throws {
        let result = try vet("nobody@x.example\n")
        #expect(result.targets.first?.verdict == .unresolvedLink)
        #expect(
            result.targets.first?.evidence.contains(
                "this e-mail address is not in your export (LinkedIn hides most connections' addresses): give the name")
                == true)
        #expect(!VetReport.markdown(result).contains("not among your"))
    }

    @Test func aRequesterByAnAddressTheExportDoesNotHaveIsUnknown() throws {
        let result = try vet("Maya Okafor\n", requester: "casey@blueharbor.example")
        #expect(result.requester?.isUnknown == true)
        #expect(result.requester?.prematureSolicitation == false)
        let report = VetReport.markdown(result)
        #expect(report.contains("cannot be told from the address"))
        #expect(!report.contains("not found among your connections"))
        #expect(!result.signals.contains { $0.id == "premature-solicitation" })
        // An address the export has still finds the connection.
        let known = try vet("Ben Carter\n", requester: "maya@harborbakery.example")
        #expect(connectionName(known.requester?.match) == "Maya Okafor")
    }

    @Test func oneNameInBothOrdersIsOneTarget() throws {
        let result = try vet(
            "Name\nJordan Avery\n\"Avery, Jordan\"\n\"Sam Ortiz, PMP\"\n\"Ortiz, Sam\"\n", name: "creds.csv")
        #expect(result.targets.count == 2)
        #expect(result.targets.map(\.entry.timesListed) == [2, 2])
        // The family name of `Last, First` is not taken for a given name (Kevin Brandt's).
        let family = try vet("Name\n\"Kevin, Jordan\"\n", name: "family.csv")
        #expect(family.targets.first?.verdict == .notConnected)
    }

    @Test func lettersAroundDigitsAreANameNotAPhoneNumber() throws {
        let list = try RequestListReader.parse(
            data: Data("Person1000 Name1000\n+1 (555) 010-2345\ntel:+15550102345\n".utf8), name: "list.txt")
        #expect(list.entries.map(\.query.name) == ["Person1000 Name1000"])
        #expect(list.skipped.count == 2)
        #expect(list.skipped.allSatisfy { $0.reason.hasPrefix("a phone number") })
    }

    func readFile(_ text: String, name: String = "list.txt") throws -> RequestList {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vouch-loose-\(UUID().uuidString)-\(name)"
        )
        .path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        return try RequestListReader.read(path: path)
    }

    @Test func aFileThatNamesNobodyIsAnError() throws {
        #expect(throws: InputError.self) { try readFile("") }
        do {
            _ = try readFile("")
        } catch let error as InputError {
            #expect(error.message.contains("the file is empty"))
        }
        do {
            _ = try readFile("Hi there,\n\nThanks!\nBest regards\n")
            Issue.record("a list of greetings and closings names nobody")
        } catch let error as InputError {
            #expect(error.message.contains("none names a person"))
            #expect(error.message.contains("greeting"))
            #expect(error.message.contains("list.txt"))
        }
        #expect(try readFile("Maya Okafor\n").entries.count == 1)
    }

    @Test func theExportZipAsTheListIsNamed() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: TestPaths.sampleZip))
        do {
            _ = try RequestListReader.parse(data: data, name: "export.zip")
            Issue.record("an export is not a list")
        } catch let error as InputError {
            #expect(error.message.contains("LinkedIn data export"))
            #expect(error.message.contains("Connections.csv"))
        }
    }

    /// A company that none of several namesakes works at is said, with the candidates.
    /// A misspelt requester in `Last, First` order gets the closest names of that reading.
    @Test func aMisspeltLastFirstRequesterGetsDidYouMean() throws {
        let list = try RequestListReader.parse(data: Data("Maya Okafor\n".utf8), name: "list.txt")
        let result = Vetter(analysis: VetterTests.analysis).vet(list, requester: "Brg, Hannah")
        #expect(result.requester?.suggestions.first == "Hannah Berg (Northwind Traders)")
        #expect(result.requester?.name == "Hannah Brg")
        #expect(VetReport.markdown(result).contains("did you mean Hannah Berg (Northwind Traders)?"))
    }

    @Test func aRequesterWithACompanyNoNamesakeHas() throws {
        let list = try RequestListReader.parse(data: Data("Maya Okafor\nChris Park (Initech)\n".utf8), name: "list.txt")
        let result = Vetter(analysis: VetterTests.analysis).vet(list, requester: "Chris Park (Initech)")
        let report = VetReport.markdown(result)
        #expect(report.contains("none of your 2 connections named Chris Park is at Initech"))
        #expect(report.contains("Chris Park (Fabrikam Inc.), nominal; Chris Park (Northwind Traders), nominal"))
        #expect(result.requester?.evidence.first == "none of your 2 connections named Chris Park is at Initech")
    }
}
