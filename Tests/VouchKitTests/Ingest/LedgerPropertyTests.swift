import Foundation
import Testing

@testable import VouchIdentity
@testable import VouchIngest
@testable import VouchVetting

/// Over generated exports: every file's rows are used or skipped, and damage in one file never
/// changes what another file contributes.
struct LedgerPropertyTests {
    struct Export {
        var files: [String: String]
    }

    static func generate(seed: UInt64) -> Export {
        var random = SplitMix64(seed: seed)
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        let firsts = ["Anna", "Bo", "Zoë", "José", "Li", "Femi", "Mary-Jane", "O'Neil"]
        let lasts = ["Berg", "Lund", "Müller", "García", "Wei", "Okafor", "Smith, Jr.", "Ng"]
        var people: [(String, String, String)] = []
        var connections =
            "Notes:\n\"preamble, with a comma\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        for index in 0..<(5 + Int(random.next() % 20)) {
            let first = pick(firsts)
            let last = pick(lasts)
            let slug = "p-\(index)-\(random.next() % 1000)"
            people.append((first, last, slug))
            connections +=
                "\(first),\"\(last)\",https://www.linkedin.com/in/\(slug),,Acme,\"Eng, Sr\",0\(1 + index % 9) Mar 202\(index % 6)\n"
        }
        let owner = "https://www.linkedin.com/in/owner-1"
        var messages =
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"
        for index in 0..<(10 + Int(random.next() % 40)) {
            let person = pick(people)
            let outgoing = random.next() % 2 == 0
            let from =
                outgoing
                ? ("Owen Owner", owner) : ("\(person.0) \(person.1)", "https://www.linkedin.com/in/\(person.2)")
            let to =
                outgoing
                ? ("\(person.0) \(person.1)", "https://www.linkedin.com/in/\(person.2)") : ("Owen Owner", owner)
            messages +=
                "c\(person.2),,\"\(from.0)\",\(from.1),\"\(to.0)\",\(to.1),2025-0\(1 + index % 9)-1\(index % 9) 10:00:00 UTC,,\"hi, \"\"there\"\"\",INBOX\n"
        }
        var invitations = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
        for person in people.prefix(5) {
            invitations +=
                "Owen Owner,\(person.0) \(person.1),\"1/8/25, 6:14 PM\",hello,OUTGOING,\(owner),https://www.linkedin.com/in/\(person.2)\n"
        }
        var endorsements =
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\n"
        for person in people.prefix(4) {
            endorsements +=
                "2024/12/07 14:51:07 UTC,Swift,\(person.0),\"\(person.1)\",www.linkedin.com/in/\(person.2),ACCEPTED\n"
        }
        return Export(files: [
            "Connections.csv": connections, "messages.csv": messages, "Invitations.csv": invitations,
            "Endorsement_Received_Info.csv": endorsements,
        ])
    }

    /// Damage: lines no file can use, inserted after the header.
    static let damage = [
        "\"unterminated, quote starts here\n", "garbage\u{0}\u{1}\u{2},,,\n", ",,,,,,,,,,,,,,,,\n",
        "x,y,not a date,z,SIDEWAYS,,\n",
    ]

    static func damaged(_ text: String, seed: UInt64) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var random = SplitMix64(seed: seed)
        let headerIndex = lines.firstIndex { $0.lowercased().contains("date") || $0.contains("First Name") } ?? 0
        for _ in 0..<3 {
            let position = headerIndex + 1 + Int(random.next() % UInt64(max(1, lines.count - headerIndex - 1)))
            lines.insert(
                damage[Int(random.next() % UInt64(damage.count))].trimmingCharacters(in: .newlines),
                at: min(position, lines.count))
        }
        return lines.joined(separator: "\n")
    }

    static func read(_ export: Export) throws -> LinkedInExport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "vouch-property-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in export.files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try ExportReader.read(folder.path)
    }

    @Test(arguments: 0..<25)
    func rowsAreUsedOrSkippedAndDamageStaysInItsFile(seed: Int) throws {
        let clean = Self.generate(seed: UInt64(seed))
        let baseline = try Self.read(clean)
        for file in baseline.ledger.files {
            #expect(file.rows == file.used + file.skippedCount, "\(file.name), seed \(seed)")
        }
        for target in ["messages.csv", "Invitations.csv", "Endorsement_Received_Info.csv"] {
            var broken = clean
            broken.files[target] = Self.damaged(clean.files[target] ?? "", seed: UInt64(seed) &+ 99)
            let result = try Self.read(broken)
            for file in result.ledger.files {
                #expect(file.rows == file.used + file.skippedCount, "\(file.name), seed \(seed), damage in \(target)")
                if file.name != target {
                    let before = baseline.ledger.files.first { $0.name == file.name }
                    #expect(
                        before?.used == file.used && before?.skippedCount == file.skippedCount,
                        "\(file.name) changed by damage in \(target)")
                }
            }
            #expect(result.connections == baseline.connections, "damage in \(target) changed the connections")
            for index in 0..<baseline.evidence.count {
                // Evidence from the damaged file may change; evidence from the others must not.
                let evidence = baseline.evidence[index]
                let after = result.evidence[index]
                switch target {
                case "messages.csv":
                    #expect(
                        after.invitation == evidence.invitation
                            && after.skillsEndorsedByThem == evidence.skillsEndorsedByThem)
                case "Invitations.csv":
                    #expect(
                        after.messages.messagesSent == evidence.messages.messagesSent
                            && after.skillsEndorsedByThem == evidence.skillsEndorsedByThem)
                default:
                    #expect(
                        after.messages.messagesSent == evidence.messages.messagesSent
                            && after.invitation == evidence.invitation)
                }
            }
        }
    }
}
