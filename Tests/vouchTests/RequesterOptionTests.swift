import Foundation
import Testing

/// `--requester` values that cannot name the person asking are usage errors.
struct RequesterOptionTests {
    static let sampleZip = CommandLineTests.sampleZip
    static let patList = CommandLineTests.patList

    @Test func emptyRequesterIsAUsageError() throws {
        for value in ["", "   "] {
            let result = try CommandLineTests.run(["vet", Self.sampleZip, "--list", Self.patList, "--requester", value])
            #expect(result.status == 64, "'\(value)'")
            #expect(result.stderr.contains("--requester needs"), "'\(value)'")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func theOwnersOwnNameIsAUsageError() throws {
        let result = try CommandLineTests.run([
            "vet", Self.sampleZip, "--list", Self.patList, "--requester", "Whitfield, Dana", "--quiet",
        ])
        #expect(result.status == 64)
        #expect(result.stderr.contains("names you, the owner of the export"))
        #expect(result.stdout.isEmpty)
    }

    @Test func aSavedEmailNamesItsSender() throws {
        let eml = CommandLineTests.repository.appendingPathComponent(
            "Tests/VouchKitTests/Fixtures/requests/quoted-printable.eml"
        ).path
        let result = try CommandLineTests.run(["vet", Self.sampleZip, "--list", eml, "--quiet"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("**Priya Natarajan (the e-mail's sender)**: trusted."))
        #expect(result.stdout.contains("**Targeted:"))
    }
}
