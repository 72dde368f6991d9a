/// Vets a request list against a scored export: a verdict per target, signals and a verdict
/// for the list, and the requester's standing. docs/VETTING.md documents every rule.
public struct Vetter: Sendable {
    public let analysis: Analysis

    public init(analysis: Analysis) {
        self.analysis = analysis
    }

    /// Vets `list`, optionally for a named requester (name or profile URL).
    public func vet(_ list: RequestList, requester: String? = nil) -> VetResult {
        let matcher = PersonMatcher(directory: analysis.export.directory)
        let targets = list.entries.map { vet($0, matcher: matcher) }
        let requesterAssessment = requester.map { assessRequester($0, matcher: matcher) }
        let signals = ListSignals.find(targets: targets, requester: requesterAssessment, analysis: analysis)
        var (verdict, summary) = ListSignals.verdict(targets: targets, signals: signals, requester: requesterAssessment)
        if analysis.coverage.lacksMessages {
            summary += " The export has no messages, so who is blind rests on connections alone: see what is missing."
        }
        return VetResult(
            analysis: analysis, list: list, requester: requesterAssessment, targets: targets, signals: signals,
            verdict: verdict, summary: summary)
    }

    func vet(_ entry: RequestEntry, matcher: PersonMatcher) -> VettedTarget {
        let match = matcher.match(entry.query)
        var evidence: [String] = []
        let verdict: IntroVerdict
        var depth: RelationshipDepth?
        switch match {
        case .none:
            verdict = .notConnected
            if let book = analysis.contacts.nonConnection(entry.query) {
                evidence.append("not connected on LinkedIn, but " + EvidenceWriter.addressBookSentence(book))
            } else {
                evidence.append("not among your \(analysis.depths.count) connections")
            }
        case .ambiguous(let candidates):
            verdict = .ambiguous
            let names = candidates.map { candidate -> String in
                let connection = analysis.export.connections[candidate.index]
                return connection.company.isEmpty ? connection.name : "\(connection.name) (\(connection.company))"
            }
            evidence.append("could be any of: " + names.joined(separator: "; ") + ". Ask which one they mean")
        case .matched(let index, let confidence, let basis):
            depth = analysis.depth(of: index)
            let connection = analysis.export.connections[index]
            if confidence < 0.9 {
                evidence.append("matched \(connection.name) by \(basis) (\(Int((confidence * 100).rounded()))% sure)")
            }
            guard let found = depth else {
                verdict = .notConnected
                break
            }
            switch (found.tier, found.dormant) {
            case (.trusted, false): verdict = .vouch
            case (.trusted, true), (.familiar, true): verdict = .reconnectFirst
            case (.familiar, false): verdict = .needsReason
            default: verdict = .blind
            }
            evidence += found.evidence
        }
        // The requester's reason goes right after the match, before the relationship evidence.
        let reasonLine = entry.reason.map { "requester's reason: \($0)" } ?? "no reason given"
        let insertAt = evidence.first?.hasPrefix("matched ") == true ? 1 : 0
        evidence.insert(reasonLine, at: min(insertAt, evidence.count))
        return VettedTarget(entry: entry, match: match, depth: depth, verdict: verdict, evidence: evidence)
    }

    func assessRequester(_ text: String, matcher: PersonMatcher) -> RequesterAssessment {
        let query =
            ProfileKey(url: text) != nil
            ? PersonQuery(name: "", profileURL: text)
            : RequestLineParser.isEmail(text) ? PersonQuery(name: "", email: text) : PersonQuery(name: text)
        let match = matcher.match(query)
        var evidence: [String] = []
        var depth: RelationshipDepth?
        var tier = RelationshipTier.stranger
        var dormant = false
        switch match {
        case .matched(let index, _, _):
            depth = analysis.depth(of: index)
            tier = depth?.tier ?? .stranger
            dormant = depth?.dormant ?? false
            evidence = depth?.evidence ?? []
        case .ambiguous(let candidates):
            evidence.append(
                "several connections are called that: "
                    + candidates.map { analysis.export.connections[$0.index].name }.joined(separator: "; ")
                    + "; pass their profile URL with --requester")
        case .none:
            evidence.append("not among your connections")
        }
        // Without messages the export cannot tell a friend from a name on a list.
        let unknown = tier == .nominal && analysis.coverage.lacksMessages
        if unknown { evidence.append("the export has no messages: how well you know them cannot be told") }
        let premature: Bool
        if case .ambiguous = match {
            premature = false
        } else {
            premature = tier <= .nominal && !unknown
        }
        return RequesterAssessment(
            query: text, match: match, depth: depth, tier: tier, isUnknown: unknown, dormant: dormant,
            prematureSolicitation: premature, evidence: evidence)
    }
}
