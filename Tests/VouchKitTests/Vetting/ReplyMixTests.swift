import Foundation
import Testing

@testable import VouchVetting
@testable import VouchReport

/// The drafted reply is pasted into an e-mail: for every mix of verdicts on the list and
/// every kind of requester, it must be plain, grammatical and true.
struct ReplyMixTests {
    /// One person of each verdict in the sample export.
    static let people: [(IntroVerdict, String)] = [
        (.vouch, "Maya Okafor"), (.reconnectFirst, "Bob Kowalski"), (.needsReason, "Ben Carter"),
        (.blind, "Ingrid Halvorsen"), (.notConnected, "Jordan Blake"), (.ambiguous, "Chris Park"),
        (.unresolvedLink, "https://lnkd.in/dXyZ12"),
    ]

    /// A trusted friend, a nominal connection, someone not found, a familiar tie gone quiet,
    /// an e-mail address the export lacks, and no requester at all.
    static let requesters: [String?] = [
        "Priya Natarajan", "Pat Quinn", "Casey Nobody", "Hannah Berg", "casey@nowhere.example", nil,
    ]

    static func reply(_ result: VetResult) -> String {
        VetReport.nextStepBlocks(result).compactMap { block -> String? in
            if case .quote(let text) = block, !text.hasPrefix("Hi [name]") { return text }
            return nil
        }.last ?? ""
    }

    @Test(arguments: requesters)
    func everyMixReadsAsPlainTrueEnglish(_ requester: String?) throws {
        for mask in 1..<(1 << Self.people.count) {
            let chosen = Self.people.indices.filter { mask & (1 << $0) != 0 }.map { Self.people[$0] }
            let text = chosen.map(\.1).joined(separator: "\n") + "\n"
            let list = try RequestListReader.parse(data: Data(text.utf8), name: "list.txt")
            let result = Vetter(analysis: VetterTests.analysis).vet(list, requester: requester)
            #expect(result.targets.map(\.verdict) == chosen.map(\.0))
            let reply = Self.reply(result)
            let verdicts = Set(chosen.map(\.0))
            let context = "\(requester ?? "no requester"), \(chosen.map(\.1)): \(reply)"
            // No double negatives, no zero shares, no "(s)".
            for wrong in ["not know none", "know none", "0 of", "(s)", "  ", " ,", " ."] {
                #expect(!reply.contains(wrong), "\(context)")
            }
            // Each kind of person is said as what they are, and only when the list has one.
            #expect(
                reply.contains("I do not know Ingrid Halvorsen well enough") == verdicts.contains(.blind), "\(context)")
            #expect(
                reply.contains("I am not connected to Jordan Blake") == verdicts.contains(.notConnected), "\(context)")
            if let hold = result.requester?.hold, hold != .nearStranger {
                // Nobody is offered until the requester is caught up with, or known.
                #expect(!reply.contains("I can ask") && !reply.contains("For Ben Carter"), "\(context)")
                #expect(
                    reply.contains(hold == .dormant ? "let us catch up" : "how we know each other"), "\(context)")
                #expect(!reply.contains("@"), "\(context)")
            } else if result.requester?.prematureSolicitation != true {
                #expect(reply.contains("I can ask Maya Okafor") == verdicts.contains(.vouch), "\(context)")
                #expect(
                    reply.contains("For Ben Carter, tell me why this person") == verdicts.contains(.needsReason),
                    "\(context)")
                #expect(
                    reply.contains("I have not spoken to Robert Kowalski in years")
                        == verdicts.contains(.reconnectFirst), "\(context)")
                #expect(
                    reply.contains("more than one person called Chris Park") == verdicts.contains(.ambiguous),
                    "\(context)")
                #expect(
                    reply.contains("I cannot tell who https://lnkd.in/dXyZ12 is from that alone")
                        == verdicts.contains(.unresolvedLink), "\(context)")
            } else {
                #expect(reply.contains("coffee") && !reply.contains("I can ask"), "\(context)")
            }
            // "Leave them out" only when something else is offered.
            if reply.contains("leave them out") {
                #expect(
                    !verdicts.isDisjoint(with: [.vouch, .needsReason, .reconnectFirst, .ambiguous, .unresolvedLink]),
                    "\(context)")
            }
            // Every sentence starts with a capital letter and the reply ends as a sentence.
            let body = reply.components(separatedBy: " — ").first ?? reply
            #expect(body.hasSuffix(".") || body.hasSuffix("?"), "\(context)")
            for sentence in body.components(separatedBy: ". ") + body.components(separatedBy: "? ") {
                #expect(sentence.first?.isUppercase == true, "\(context)")
            }
        }
    }
}
