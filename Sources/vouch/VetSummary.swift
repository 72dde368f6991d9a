import VouchIngest
import VouchVetting
import VouchReport

/// The short summary `vet` prints on the terminal after writing its report to a file.
enum VetSummary {
    static func text(_ result: VetResult, reportPath: String, colour: Bool) -> String {
        func paint(_ text: String, _ code: String) -> String {
            colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
        }
        let verdictColour: String
        switch result.verdict {
        case .targeted: verdictColour = "1;32"
        case .mixed: verdictColour = "1;33"
        case .listPushing: verdictColour = "1;31"
        }
        var lines = [paint(result.summary, verdictColour)]
        let counts: [(IntroVerdict, String)] = [
            (.vouch, "32"), (.reconnectFirst, "33"), (.needsReason, "36"), (.blind, "31"), (.notConnected, "90"),
            (.ambiguous, "35"), (.unresolvedLink, "35"),
        ]
        let people = Plural.count(result.targets.count, "person", "people") + ": "
        lines.append(
            people + counts.map { paint("\(result.count($0.0)) \($0.0.rawValue)", $0.1) }.joined(separator: " · "))
        if let missing = result.analysis.coverage.notice { lines.append(missing) }
        if let note = VetReport.asOfNote(result.analysis) {
            lines.append(note.prefix(1).uppercased() + note.dropFirst() + ".")
        }
        if let requester = result.requester, requester.prematureSolicitation {
            lines.append(
                paint(
                    "Premature solicitation: the requester is \(requester.tier == .stranger ? "not a connection" : "a nominal connection").",
                    "31"))
        }
        lines.append("Report written to \(reportPath)")
        return lines.joined(separator: "\n") + "\n"
    }
}
