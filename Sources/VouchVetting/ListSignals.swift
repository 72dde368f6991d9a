import VouchIdentity
import VouchIngest
import VouchScoring

/// The list-level patterns and the rule that turns them into a list verdict.
///
/// Rule (docs/VETTING.md): a list is `list-pushing` when at least 60% of its resolved targets
/// would be blind or are not connections, or when three or more warning signals fire; it is
/// `targeted` when no warning fires and at least half of its targets are people the owner
/// could introduce (vouch or needs-reason) with a reason given; anything else is `mixed`.
enum ListSignals {
    static func find(targets: [VettedTarget], requester: RequesterAssessment?, analysis: Analysis) -> [ListSignal] {
        var signals: [ListSignal] = []
        let resolved = targets.filter { $0.verdict.isResolved }
        let blindOrStranger = resolved.filter { $0.verdict == .blind || $0.verdict == .notConnected }
        if !resolved.isEmpty {
            let share = Double(blindOrStranger.count) / Double(resolved.count)
            signals.append(
                ListSignal(
                    id: "blind-share",
                    summary: Self.blindShare(blindOrStranger.count, of: targets),
                    isWarning: share >= 0.5))
        }

        // A cluster at one of the owner's former employers.
        var byEmployer: [String: Int] = [:]
        for target in targets {
            if let employer = target.depth?.formerEmployer { byEmployer[employer, default: 0] += 1 }
        }
        if let (employer, count) = byEmployer.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }),
            count >= 3, Double(count) >= 0.4 * Double(targets.count)
        {
            signals.append(
                ListSignal(
                    id: "former-employer-cluster",
                    summary:
                        "\(count) of \(targets.count) work at \(employer), your former employer: the list looks copied from your connections there",
                    isWarning: true))
        }

        // The list's order mirrors the owner's connections export: each person once, in the
        // order the list first names them.
        var seen = Set<Int>()
        let matched = targets.compactMap { target -> Int? in
            if case .matched(let index, _, _) = target.match, seen.insert(index).inserted { return index }
            return nil
        }
        let names = matched.map { PersonName(analysis.export.connections[$0].name) }
        if let order = OrderSignal.find(exportPositions: matched, names: names) { signals.append(order) }

        let withoutReason = targets.filter { $0.entry.reason == nil }.count
        if !targets.isEmpty {
            signals.append(
                ListSignal(
                    id: "missing-reasons",
                    summary: withoutReason == 0
                        ? "every person comes with a reason"
                        : Self.missingReasons(withoutReason, of: targets.count)
                            + " why this person, or what is in it for them",
                    isWarning: Double(withoutReason) >= 0.5 * Double(targets.count) && targets.count >= 3))
        }
        if targets.count > 10 {
            signals.append(
                ListSignal(
                    id: "long-list",
                    summary: "\(targets.count) people in one ask: a targeted request names a few, each for a reason",
                    isWarning: true))
        }
        if let requester, requester.prematureSolicitation {
            let who = requester.tier == .stranger ? "is not among your connections" : "is a nominal connection"
            signals.append(
                ListSignal(
                    id: "premature-solicitation",
                    summary:
                        "the requester \(who): asking for referrals before you know each other is premature solicitation",
                    isWarning: true))
        }
        return signals
    }

    /// The list's verdict and the sentence that says why; `lacksMessages` when the export has
    /// no messages file (then nobody's depth is told from connections alone).
    static func verdict(
        targets: [VettedTarget], signals: [ListSignal], requester: RequesterAssessment?, lacksMessages: Bool = false
    ) -> (ListVerdict, String) {
        let resolved = targets.filter { $0.verdict.isResolved }
        let blind = resolved.filter { $0.verdict == .blind || $0.verdict == .notConnected }.count
        let blindShare = resolved.isEmpty ? 0 : Double(blind) / Double(resolved.count)
        let warnings = signals.filter(\.isWarning)
        let introducible = targets.filter {
            ($0.verdict == .vouch || $0.verdict == .needsReason) && !$0.depthUntold && $0.entry.reason != nil
        }.count
        let verdict: ListVerdict
        if targets.isEmpty {
            verdict = .mixed
        } else if blindShare >= 0.6 || warnings.count >= 3 {
            verdict = .listPushing
        } else if warnings.isEmpty && Double(introducible) >= 0.5 * Double(targets.count) {
            verdict = .targeted
        } else {
            verdict = .mixed
        }
        let summary: String
        switch verdict {
        case .listPushing:
            let reasons = warnings.map(\.id).filter { $0 != "blind-share" }.map {
                describe($0, targets: targets, requester: requester)
            }
            summary =
                "List-pushing: \(Self.blindShare(blind, of: targets))"
                + (reasons.isEmpty ? "." : "; " + reasons.joined(separator: "; ") + ".")
        case .targeted:
            summary =
                "Targeted: " + Self.share(introducible, of: targets.count, "is someone", "are ones")
                + " you know, and the requester says why."
        case .mixed:
            summary =
                targets.isEmpty
                ? "The list names nobody vouch could read."
                : "Mixed: "
                    + mixedSummary(
                        targets: targets, blind: blind, warnings: warnings, requester: requester,
                        lacksMessages: lacksMessages)
        }
        return (verdict, summary)
    }

    /// What is possible and what is wrong with a mixed list: only the problems that are there
    /// (a share of zero is never one), so the verdict follows from the sentence.
    private static func mixedSummary(
        targets: [VettedTarget], blind: Int, warnings: [ListSignal], requester: RequesterAssessment?,
        lacksMessages: Bool
    ) -> String {
        let possible = targets.filter { ($0.verdict == .vouch || $0.verdict == .needsReason) && !$0.depthUntold }
        var problems: [String] = []
        // Connections whose depth cannot be told (no messages file, or namesakes whose
        // messages could not be given to one person): not known, not blind.
        let untold = targets.filter(\.depthUntold)
        if !untold.isEmpty {
            problems.append(
                lacksMessages
                    ? "the export has no messages, so how well you know \(people(untold)) cannot be told: decide yourself"
                    : "how well you know \(people(untold)) could not be told from messages (several of your connections share the name): decide yourself"
            )
        }
        // The opening gives the list's size; the problems count out of it.
        if blind > 0 {
            problems.append(
                "\(blind) "
                    + Plural.word(
                        blind, "would be a blind introduction or is not your connection",
                        "would be blind introductions or are not your connections"))
        }
        let ambiguous = targets.filter { $0.verdict == .ambiguous }.count
        if ambiguous > 0 { problems.append("\(ambiguous) \(Plural.word(ambiguous, "is", "are")) ambiguous") }
        let lapsed = targets.filter { $0.verdict == .reconnectFirst }.count
        if lapsed > 0 {
            problems.append(
                "\(lapsed) \(Plural.word(lapsed, "is someone", "are people")) you have not spoken to in years")
        }
        // The warnings in the order the patterns list them.
        let warned = warnings.map(\.id).filter { $0 != "blind-share" }
        problems += warned.map { describe($0, targets: targets, requester: requester) }
        let unexplained = possible.filter { $0.entry.reason == nil }.count
        if !warned.contains("missing-reasons") && unexplained > 0 {
            let without = possible.filter { $0.entry.reason == nil }
            problems.append(
                unexplained < possible.count
                    ? "\(people(without)) \(Plural.word(unexplained, "comes", "come")) with no reason: ask the requester why"
                    : possible.count == 1
                        ? "no reason is given why \(people(without)): ask the requester"
                        : "no reason is given for \(possible.count > 3 ? "any of them" : people(without)): ask the requester why each of them"
            )
        }
        let opening =
            possible.isEmpty
            ? "nobody on the list is someone you could introduce now"
            : "\(Self.share(possible.count, of: targets.count, "is someone", "are ones")) you could introduce"
        return problems.isEmpty
            ? opening.prefix(1).uppercased() + opening.dropFirst() + "; read each verdict below."
            : opening + ", but " + problems.joined(separator: "; ") + "."
    }

    /// Up to three people as the list names them ("Pat Quinn, Renee Ortiz and Sam Lee"), or
    /// a count ("5 of them") when there are more.
    static func people(_ targets: [VettedTarget]) -> String {
        guard targets.count <= 3 else { return "\(targets.count) of them" }
        return EnglishList.joined(
            targets.map { target in
                let query = target.entry.query
                let name = query.name.isEmpty ? (query.profileURL ?? query.email ?? "someone") : query.name
                return query.company.map { "\(name) (\($0))" } ?? name
            })
    }

    /// "the one person on this list is someone", "1 of the 5 people on this list is someone",
    /// "3 of the 5 people on this list are ones": a count out of the whole list.
    static func share(_ part: Int, of whole: Int, _ singular: String, _ plural: String) -> String {
        if whole == 1 { return "the one person on this list \(singular)" }
        if part == whole { return (whole == 2 ? "both" : "all \(whole)") + " people on this list \(plural)" }
        return "\(part) of the \(whole) people on this list \(Plural.word(part, singular, plural))"
    }

    /// "4 of the 5 come with no reason", "the one person comes with no reason".
    static func missingReasons(_ count: Int, of whole: Int) -> String {
        if whole == 1 { return "the one person on the list comes with no reason" }
        if count == whole { return "none of the \(whole) comes with a reason" }
        return "\(count) of the \(whole) \(Plural.word(count, "comes", "come")) with no reason"
    }

    /// "9 of the 13 people on this list would be blind introductions or are not your
    /// connections, and 1 is ambiguous": every count out of the whole list, as the table shows it.
    static func blindShare(_ blind: Int, of targets: [VettedTarget]) -> String {
        let ambiguous = targets.filter { $0.verdict == .ambiguous }.count
        let untold = targets.filter(\.depthUntold).count
        let whom =
            untold == targets.count
            ? (untold == 1 ? "them" : untold == 2 ? "both" : "all \(untold)") : "\(untold) of them"
        let unclear = [
            ambiguous == 0 ? nil : "\(ambiguous) \(Plural.word(ambiguous, "is", "are")) ambiguous",
            untold == 0 ? nil : "how well you know \(whom) cannot be told",
        ].compactMap { $0 }
        if blind == 0 {
            return unclear.isEmpty
                ? "nobody on this list would be a blind introduction or is outside your connections"
                : "nobody on this list would be a blind introduction, but " + EnglishList.joined(unclear)
        }
        return Self.share(
            blind, of: targets.count, "would be a blind introduction or is not your connection",
            "would be blind introductions or are not your connections")
            + (unclear.isEmpty ? "" : ", and " + EnglishList.joined(unclear))
    }

    /// A warning as a clause of the list's summary, saying what its pattern says.
    private static func describe(_ id: String, targets: [VettedTarget], requester: RequesterAssessment?) -> String {
        switch id {
        case "former-employer-cluster": return "it is clustered at your former employer"
        case "mirrors-connections-order": return "it mirrors the order of your connections"
        case "missing-reasons":
            let without = targets.filter { $0.entry.reason == nil }.count
            return missingReasons(without, of: targets.count)
        case "long-list": return "it is long"
        case "premature-solicitation":
            return requester?.tier == .stranger
                ? "the requester is not one of your connections" : "the requester barely knows you"
        default: return id
        }
    }

    /// Spearman rank correlation between list position (1…n) and the given values.
    static func spearman(_ values: [Double]) -> Double {
        let n = values.count
        guard n >= 2 else { return 0 }
        let ranks = rankOf(values)
        let positions = (0..<n).map(Double.init)
        return pearson(positions, ranks)
    }

    static func rankOf<T: Comparable>(_ values: [T]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        for (rank, index) in order.enumerated() { ranks[index] = Double(rank) }
        return ranks
    }

    static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var covariance = 0.0
        var varianceX = 0.0
        var varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    static func format(_ value: Double) -> String {
        String(Double((value * 100).rounded()) / 100)
    }
}
