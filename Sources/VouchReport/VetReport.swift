import VouchIdentity
import VouchIngest
import VouchScoring
import VouchVetting

/// `vouch vet`: the verdict on a request list, for people (markdown) and tools (JSON).
public enum VetReport {
    /// The JSON report (schemaVersion 1; see docs/OUTPUT.md) as text.
    public static func json(_ result: VetResult) -> String {
        document(result).serialized()
    }

    /// The JSON report as a value to write.
    public static func document(_ result: VetResult) -> JSONValue {
        let connections = result.analysis.export.connections
        func matchJSON(_ match: MatchOutcome) -> JSONValue {
            guard case .matched(let index, let confidence, let basis) = match else { return .null }
            return .object([
                ("name", .string(connections[index].name)), ("profileURL", .optional(connections[index].profileURL)),
                ("confidence", .double(confidence)), ("basis", .string(basis)),
            ])
        }
        func candidatesJSON(_ match: MatchOutcome) -> JSONValue {
            guard case .ambiguous(let candidates) = match else { return .array([]) }
            return .array(
                candidates.map {
                    .object([
                        ("name", .string(connections[$0.index].name)),
                        ("profileURL", .optional(connections[$0.index].profileURL)),
                        ("company", .string(connections[$0.index].company)), ("confidence", .double($0.confidence)),
                    ])
                })
        }
        let requester: JSONValue =
            result.requester.map { requester in
                .object([
                    ("query", .string(requester.query)),
                    ("source", .string(requester.source.rawValue)),
                    ("match", matchJSON(requester.match)),
                    ("candidates", candidatesJSON(requester.match)),
                    ("suggestions", .array(requester.suggestions.map(JSONValue.string))),
                    ("tier", .string(requester.isUnknown ? "unknown" : requester.tier.rawValue)),
                    ("dormant", .bool(requester.dormant)),
                    ("prematureSolicitation", .bool(requester.prematureSolicitation)),
                    ("evidence", .array(requester.evidence.map(JSONValue.string))),
                ])
            } ?? .null
        let targets: [JSONValue] = result.targets.map { target in
            let query = target.entry.query
            var fields: [(String, JSONValue)] = [
                ("position", .int(target.entry.position)),
                ("line", .int(target.entry.line)),
                (
                    "query",
                    .object([
                        ("name", .string(query.name)), ("company", .optional(query.company)),
                        ("profileURL", .optional(query.profileURL)), ("email", .optional(query.email)),
                        ("reason", .optional(target.entry.reason)),
                        ("title", .optional(target.entry.title)),
                        ("unresolvableLink", .optional(target.entry.unresolvableLink)),
                    ])
                ),
                ("timesListed", .int(target.entry.timesListed)),
                ("repeatLines", .array(target.entry.repeatLines.map(JSONValue.int))),
                ("doubt", .optional(target.entry.doubt)),
                ("match", matchJSON(target.match)),
                ("candidates", candidatesJSON(target.match)),
                (
                    "tier",
                    target.depthUntold
                        ? .string("unknown")
                        : target.depth.map { .string($0.tier.rawValue) }
                            ?? (target.verdict == .notConnected ? .string("stranger") : .null)
                ),
                ("dormant", .bool(target.depth?.dormant ?? false)),
                ("verdict", .string(target.verdict.rawValue)),
                ("evidence", .array(target.evidence.map(JSONValue.string))),
            ]
            // Only for a person whose name several connections share, with messages to it.
            if let index = target.depth?.index,
                let shared = result.analysis.export.evidence[index].sharedNameMessages
            {
                fields.append(("sharedNameMessages", shared.json))
            }
            // Only for a name that matched nobody but is a typo away from connections' names.
            if !target.suggestions.isEmpty {
                fields.append(("suggestions", .array(target.suggestions.map(JSONValue.string))))
            }
            return .object(fields)
        }
        return JSONValue.object([
            ("schemaVersion", .int(1)),
            ("asOf", .optional(result.analysis.asOf?.description)),
            ("asOfNote", .optional(asOfNote(result.analysis))),
            ("owner", result.analysis.export.owner.json),
            ("requester", requester),
            ("missingEvidence", .array(result.analysis.coverage.missing.map(JSONValue.string))),
            (
                "list",
                .object([
                    ("source", .string(result.list.source)),
                    ("format", .string(result.list.format)),
                    ("sender", .optional(result.list.sender)),
                    ("verdict", .string(result.verdict.rawValue)),
                    ("summary", .string(result.summary)),
                    (
                        "signals",
                        .array(
                            result.signals.map {
                                .object([
                                    ("id", .string($0.id)), ("summary", .string($0.summary)),
                                    ("warning", .bool($0.isWarning)),
                                ])
                            })
                    ),
                    (
                        "skipped",
                        .array(
                            result.list.skipped.map {
                                .object([("line", .int($0.line)), ("reason", .string($0.reason))])
                            })
                    ),
                ])
            ),
            ("targets", .array(targets)),
            (
                "counts",
                .object(IntroVerdict.allCases.map { ($0.rawValue, .int(result.count($0))) })
            ),
            ("addressBooks", AnalyzeReport.addressBooksJSON(result.analysis.contacts)),
            ("ingest", result.analysis.export.ledger.json),
        ])
    }

    /// The markdown report: the verdict in one sentence, the requester, a table of targets,
    /// the patterns found and what to do next.
    public static func markdown(_ result: VetResult) -> String {
        let connections = result.analysis.export.connections
        var lines: [String] = []
        lines.append("# Introduction request: \(Markdown.inline(result.list.source))")
        lines.append("")
        lines.append("**\(Markdown.inline(result.summary))**")
        lines.append("")
        lines.append("As of \(result.analysis.asOfText): \(countsLine(result)).")
        lines.append("")
        if let notice = result.analysis.coverage.notice {
            lines.append("> **What is missing:** " + Markdown.inline(notice))
            lines.append("")
        }
        if let note = asOfNote(result.analysis) {
            lines.append("> **After the export:** " + Markdown.inline(note) + ".")
            lines.append("")
        }
        lines.append("## The requester")
        lines.append("")
        if let requester = result.requester {
            let (who, standing) = requesterStanding(requester)
            lines.append("- **\(Markdown.inline(who))**: \(Markdown.inline(standing)).")
            for sentence in requester.evidence { lines.append("  - \(Markdown.inline(sentence))") }
            if requester.prematureSolicitation {
                lines.append(
                    "- **Premature solicitation.** Referrals flow after people know each other and have seen each other's work (Misner's VCP: visibility, credibility, then profitability). Asking a near-stranger for introductions skips both."
                )
            }
        } else {
            lines.append("- \(Markdown.inline(unknownRequester(result.list)))")
        }
        lines.append("")
        lines.append("## The people on the list")
        lines.append("")
        lines.append("| # | as asked | matched to | tier | verdict | why |")
        lines.append("|---:|---|---|---|---|---|")
        for target in result.targets {
            let asked = Markdown.inline(askedText(target))
            var matched = "—"
            if case .matched(let index, _, _) = target.match {
                let connection = connections[index]
                matched =
                    Markdown.inline(connection.name)
                    + (connection.company.isEmpty ? "" : " (" + Markdown.inline(connection.company) + ")")
            } else if case .ambiguous(let candidates) = target.match {
                matched = "\(candidates.count) candidates"
            }
            let verdict = "**\(target.verdict.rawValue)**" + (verdictNote(target, result).map { ", " + $0 } ?? "")
            let why = target.evidence.prefix(4).map(Markdown.inline).joined(separator: "; ")
            lines.append(
                "| \(target.entry.position) | \(asked) | \(matched) | \(tierText(target)) | \(verdict) | \(why) |")
        }
        lines.append("")
        if !result.list.skipped.isEmpty {
            lines.append("Lines of the list not read as people:")
            lines.append("")
            for skip in result.list.skipped {
                lines.append("- List line \(skip.line) skipped: \(Markdown.inline(skip.reason))")
            }
            lines.append("")
        }
        lines.append("## Patterns")
        lines.append("")
        for signal in result.signals {
            lines.append("- \(signal.isWarning ? "⚠ " : "")`\(signal.id)`: \(Markdown.inline(signal.summary))")
        }
        lines.append("")
        lines.append(contentsOf: nextSteps(result))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "as of 2030-01-01, 3 years after the export was made: …" when the as-of day is after
    /// the export's date (`--as-of`): the export holds nothing since, so ties read quieter
    /// than they are. Nil on or before it.
    public static func asOfNote(_ analysis: Analysis) -> String? {
        let export = analysis.export
        guard let asOf = analysis.asOf, let made = export.exportDate ?? export.latestDataDate, made < asOf else {
            return nil
        }
        let days = made.days(until: asOf)
        let gap =
            days >= 365
            ? Plural.count(days / 365, "year")
            : days >= 60 ? Plural.count(days / 30, "month") : Plural.count(days, "day")
        let since = export.exportDate == nil ? "after the latest date in the export" : "after the export was made"
        return
            "as of \(asOf), \(gap) \(since): anything since is not in the export, so recent ties may read as dormant"
    }

    /// What the report says when no requester is known: a saved e-mail sent by the owner
    /// (a forward whose original sender was not found) does not say who is asking.
    static func unknownRequester(_ list: RequestList) -> String {
        if list.sender != nil {
            return
                "Requester unknown: the e-mail was sent by you, so it does not say who is asking; pass --requester. Premature solicitation was not checked."
        }
        return
            "Requester unknown: no --requester was given (and the list is not a saved e-mail with a sender), so premature solicitation was not checked."
    }

    /// Who the requester is and where they stand, as the reports show it.
    static func requesterStanding(_ requester: RequesterAssessment) -> (String, String) {
        var who = requester.name
        if requester.source == .emailSender { who += " (the e-mail's sender)" }
        if requester.source == .forwardedSender { who += " (the forwarded e-mail's sender)" }
        let standing: String
        switch requester.match {
        case .none where requester.isUnknown: standing = "cannot be told from the address"
        case .none: standing = "not found among your connections"
        case .ambiguous: standing = "could be several of your connections"
        case .matched where requester.isUnknown:
            standing = "unknown"
        case .matched:
            standing =
                requester.tier == .stranger
                ? "not one of your connections" : requester.tier.rawValue + (requester.dormant ? " (dormant)" : "")
        }
        return (who, standing)
    }

    /// The person as the list asks for them: name (or link or e-mail), company, and how many
    /// times the list names them.
    static func askedText(_ target: VettedTarget) -> String {
        let query = target.entry.query
        let address = query.profileURL ?? query.email ?? target.entry.unresolvableLink ?? ""
        var asked = query.name.isEmpty ? address : query.name
        if let company = query.company { asked += ", " + company }
        if target.entry.timesListed > 1 { asked += " (listed \(target.entry.timesListed) times)" }
        return asked
    }

    /// The tier column: "unknown" when the export cannot tell how well the owner knows them.
    static func tierText(_ target: VettedTarget) -> String {
        if target.depthUntold { return "unknown" }
        return target.depth.map {
            $0.tier.rawValue + ($0.dormant ? ", dormant" : $0.lapsed ? ", dormant acquaintance" : "")
        } ?? (target.verdict == .notConnected ? "stranger" : "—")
    }

    /// What the verdict waits on, said next to it so the row agrees with the next steps: who
    /// is asking ("once you know the requester"), or the reason given for a light tie.
    static func verdictNote(_ target: VettedTarget, _ result: VetResult) -> String? {
        let canAsk =
            target.verdict == .vouch
            || (target.verdict == .needsReason && target.entry.reason != nil && !target.depthUntold)
        guard canAsk else { return nil }
        switch result.requester?.hold {
        case .nearStranger?: return "once you know the requester"
        case .dormant?: return "once you have caught up with the requester"
        case .unidentified?: return "once you know who is asking"
        case nil: return target.verdict == .needsReason ? "reason given: weigh it" : nil
        }
    }

    /// One block of the next-steps section, as plain text; each renderer escapes it.
    enum StepBlock {
        case paragraph(String)
        case quote(String)
        case bullet(String)
    }

    /// "13 people: 0 vouch · 2 reconnect-first · … · 1 ambiguous": the same count as the
    /// table's rows and the summary's denominator.
    static func countsLine(_ result: VetResult) -> String {
        let counts = IntroVerdict.allCases.map { "\(result.count($0)) \($0.rawValue)" }.joined(separator: " · ")
        return Plural.count(result.targets.count, "person", "people") + ": " + counts
    }

    /// What to do next, in the spirit of the double opt-in and of getting to know each other
    /// first. Shared by the markdown and HTML reports so both say the same. The reply to the
    /// requester (``ReplyDraft``) follows the relationship: warm to someone the owner knows, a
    /// courteous decline and an offer to meet to a near-stranger.
    static func nextStepBlocks(_ result: VetResult) -> [StepBlock] {
        let connections = result.analysis.export.connections
        // The owner's first name from Profile.csv or the messages; no sign-off when unknown.
        let ownerFirst = result.analysis.export.owner.name?.split(separator: " ").first.map(String.init)
        let signOff = ownerFirst.map { " — " + $0 } ?? ""
        var requesterName: String?
        if let requester = result.requester {
            requesterName = requester.name
            switch requester.match {
            case .matched(let index, _, _):
                requesterName =
                    connections[index].firstName.isEmpty ? connections[index].name : connections[index].firstName
            case .ambiguous(let candidates):
                // Namesakes share the first name the reply opens with.
                let firsts = Set(candidates.map { connections[$0.index].firstName })
                if firsts.count == 1, let first = firsts.first, !first.isEmpty { requesterName = first }
            case .none:
                // By the first name given, never by an address or a link.
                let first = requester.name.split(separator: " ").first.map(String.init) ?? ""
                requesterName = first.contains(where: { "@/:".contains($0) }) || first.isEmpty ? nil : first
            }
        }
        let hi = requesterName.map { "Hi \($0), " } ?? "Hi, "
        let them = requesterName ?? "the requester"
        // Namesakes anywhere on the list told apart by company ("Alex Kim (Globex)"), and each
        // name said once.
        func named(_ target: VettedTarget) -> (name: String, company: String?) {
            if case .matched(let index, _, _) = target.match {
                return (connections[index].name, connections[index].company)
            }
            let query = target.entry.query
            let address = query.profileURL ?? query.email ?? target.entry.unresolvableLink ?? ""
            return (query.name.isEmpty ? address : query.name, query.company)
        }
        let everyone = result.targets.map(named)
        func people(
            _ verdicts: Set<IntroVerdict>, reason: Bool? = nil, untold: Bool? = false, suggested: Bool? = nil
        ) -> [String] {
            let named = result.targets.compactMap { target -> (name: String, company: String?)? in
                guard verdicts.contains(target.verdict), reason.map({ ($0) == (target.entry.reason != nil) }) ?? true,
                    untold.map({ $0 == target.depthUntold }) ?? true,
                    suggested.map({ $0 == !target.suggestions.isEmpty }) ?? true
                else { return nil }
                return named(target)
            }
            var seen = Set<String>()
            return named.compactMap { person in
                let namesakes = everyone.filter { $0.name == person.name }.count
                let company = person.company ?? ""
                let text = namesakes > 1 && !company.isEmpty ? "\(person.name) (\(company))" : person.name
                return seen.insert(text).inserted ? text : nil
            }
        }
        var blocks: [StepBlock] = []
        let vouchable = people([.vouch])
        // Who is asking may hold every introduction back: the reply says what comes first.
        let vouchFor = "You could vouch for \(EnglishList.joined(vouchable)), but "
        switch result.requester?.hold {
        case _ where vouchable.isEmpty: break
        case .nearStranger?:
            blocks.append(
                .paragraph(
                    vouchFor
                        + "\(them) \(result.requester?.tier == .stranger ? "is not among your connections" : "barely knows you"): do not introduce a near-stranger to them yet; get to know each other first (the reply below offers to meet)."
                ))
        case .dormant?:
            blocks.append(
                .paragraph(
                    vouchFor
                        + "you have not spoken to \(them) in years: reconnect with them first, then decide (the reply below suggests catching up)."
                ))
        case .unidentified?:
            blocks.append(
                .paragraph(
                    vouchFor
                        + "who is asking cannot be told from the address: introduce nobody until you know who they are (the reply below asks)."
                ))
        case nil:
            blocks.append(
                .paragraph(
                    "You could vouch for \(EnglishList.joined(vouchable)). Use the double opt-in: ask them first, and ask \(them) for a short email you can forward."
                ))
            blocks.append(
                .quote(
                    "Hi [name], \(requesterName ?? "[who is asking]") asked me for an introduction to you. [One line on who they are and why they want to meet you.] Would you like me to connect you? No is a fine answer."
                ))
        }
        let reconnect = result.count(.reconnectFirst)
        if reconnect > 0 {
            blocks.append(
                .bullet(
                    "\(reconnect) on the list you once knew well but have not spoken to in years: reconnect first, then decide."
                ))
        }
        let untold = people([.needsReason], untold: true)
        if !untold.isEmpty {
            blocks.append(
                .bullet(
                    (result.analysis.coverage.lacksMessages
                        ? "\(untold.count) whose tie cannot be told, because the export has no messages (\(EnglishList.joined(untold))): "
                        : "\(untold.count) whose tie could not be told from messages, because several of your connections share the name (\(EnglishList.joined(untold))): ")
                        + "decide yourself how well you know \(untold.count == 1 ? "them" : "each"); your annotations file can record it."
                ))
        }
        let askWhy = people([.needsReason], reason: false)
        if !askWhy.isEmpty {
            blocks.append(
                .bullet(
                    "\(askWhy.count) you know lightly: ask \(them) \(askWhy.count == 1 ? "why this person" : "why each of them"), and what is in it for them, before you decide."
                ))
        }
        let ambiguous = result.count(.ambiguous)
        if ambiguous > 0 {
            blocks.append(
                .bullet(
                    "\(Plural.count(ambiguous, "name")) \(Plural.word(ambiguous, "matches", "match")) several of your connections: ask which person is meant."
                ))
        }
        let reply = ReplyDraft(
            requester: result.requester, listed: result.targets.count,
            can: vouchable + people([.needsReason], reason: true), askWhy: askWhy + untold,
            lapsed: people([.reconnectFirst]), ambiguous: people([.ambiguous]), blind: people([.blind]),
            strangers: people([.notConnected], suggested: false),
            misspelt: result.targets.filter { $0.verdict == .notConnected && !$0.suggestions.isEmpty }.map {
                ($0.entry.query.name, $0.suggestions)
            },
            unresolved: people([.unresolvedLink]))
        if let text = reply.text(hi: hi, name: requesterName) {
            blocks.append(.bullet("A reply to \(them):"))
            blocks.append(.quote(text + signOff))
        }
        return blocks
    }

    static func nextSteps(_ result: VetResult) -> [String] {
        var lines = ["## Next steps", ""]
        for block in nextStepBlocks(result) {
            switch block {
            case .paragraph(let text): lines += ["**" + Markdown.inline(text) + "**", ""]
            case .quote(let text):
                if lines.last != "" { lines.append("") }
                lines += ["> " + Markdown.inline(text), ""]
            case .bullet(let text): lines.append("- " + Markdown.inline(text))
            }
        }
        if lines.last != "" { lines.append("") }
        return lines
    }
}
