import VouchDates
import VouchIO
import VouchIdentity
import VouchIngest

/// Turns the evidence about each connection into a tier, a score and sentences that explain
/// them. The rules are documented, with their research grounding, in docs/MODEL.md.
public struct DepthModel: Sendable {
    public let config: ScoringConfig
    /// "Today" for recency: never the wall clock, so the same input gives the same report.
    /// Nil when no date is known (``AsOfDay``): then nothing is dated, and no rule that
    /// counts days applies.
    public let asOf: CalendarDay?

    public init(config: ScoringConfig = ScoringConfig(), asOf: CalendarDay?) {
        self.config = config
        self.asOf = asOf
    }

    /// Scores every connection that is not a hidden member, in file order.
    public func assess(_ export: LinkedInExport, annotations: AnnotationSet = AnnotationSet()) -> [RelationshipDepth] {
        let employers = EmployerHistory(positions: export.positions)
        let connections = export.connections
        // By index: a filtered copy of the records would copy each one (seven strings) once more.
        let shown = connections.indices.filter { !connections[$0].isHidden }
        // Each connection is scored on its own, so a large export is scored in two halves at once.
        func assess(_ part: ArraySlice<Int>, emit: (RelationshipDepth) -> Void) {
            // Many connections share a company: match each company name once.
            var employerOf: [String: EmployerHistory.Employer?] = [:]
            for index in part {
                let connection = connections[index]
                let employer: EmployerHistory.Employer?
                if let known = employerOf[connection.company] {
                    employer = known
                } else {
                    employer = employers.match(connection.company)
                    employerOf[connection.company] = employer
                }
                emit(
                    self.assess(
                        connection, evidence: export.evidence[connection.index],
                        employer: employer, annotation: annotations.byConnection[connection.index]))
            }
        }
        return Parallel.inHalves(shown, minimumCount: Parallel.peopleWorthAThread, assess)
    }

    /// Scores one connection.
    public func assess(
        _ connection: Connection, evidence: ConnectionEvidence, employers: EmployerHistory, annotation: Annotation?
    ) -> RelationshipDepth {
        assess(
            connection, evidence: evidence, employer: employers.match(connection.company), annotation: annotation)
    }

    /// Scores one connection whose employer in common with the owner is already matched.
    func assess(
        _ connection: Connection, evidence: ConnectionEvidence, employer: EmployerHistory.Employer?,
        annotation: Annotation?
    ) -> RelationshipDepth {
        let weights = config.weights
        let limits = config.thresholds
        let isCurrentColleague = employer?.isCurrent ?? false

        // Evidence strength.
        let bothWays = evidence.messages.messagesSent + evidence.messages.messagesReceived
        let substance = Substance(evidence, connectedOn: connection.connectedOn, limits: limits)
        let twoWay = substance != .none
        let substantive = substance == .substantive
        let recommended = !evidence.recommendationsReceived.isEmpty || !evidence.recommendationsGiven.isEmpty
        let mutualEndorsement = !evidence.skillsEndorsedByThem.isEmpty && !evidence.skillsEndorsedByOwner.isEmpty
        let anyEndorsement = !evidence.skillsEndorsedByThem.isEmpty || !evidence.skillsEndorsedByOwner.isEmpty
        let lastInteraction = evidence.lastInteraction
        var strength = 0.0
        if substantive {
            strength += weights.twoWayExchange
            let balanced = min(evidence.messages.messagesSent, evidence.messages.messagesReceived) * 2
            strength += weights.messageVolume * min(1, Double(balanced) / Double(max(1, limits.volumeSaturation)))
            strength +=
                weights.monthsActive
                * min(1, Double(evidence.messages.activeMonths.count) / Double(max(1, limits.monthsSaturation)))
        } else if twoWay {
            strength += weights.pleasantries
        }
        if recommended { strength += weights.recommendation }
        if mutualEndorsement {
            strength += weights.mutualEndorsement
        } else if anyEndorsement {
            strength += weights.oneWayEndorsement
        }
        if evidence.invitation?.hasNote == true { strength += weights.invitationNote }
        if let employer { strength += employer.isCurrent ? weights.currentColleague : weights.formerColleague }
        if evidence.messages.groupConversations > 0 && evidence.messages.groupMessagesReceived > 0 {
            strength += weights.groupConversation
        }
        if evidence.messages.discountedConversations > 0 && evidence.messages.discountedMessagesReceived > 0 {
            strength += weights.discountedConversation
        }
        if let book = evidence.addressBook {
            strength += weights.addressBook + (book.hasPhone ? weights.addressBookPhone : 0)
        }
        if let asOf, let lastInteraction, lastInteraction.days(until: asOf) <= limits.recentWithinDays,
            twoWay || recommended || anyEndorsement
        {
            strength += weights.recentInteraction
        }
        strength = min(1, max(0, strength))

        // Tier rules.
        let factor = isCurrentColleague ? max(1, limits.currentColleagueFactor) : 1
        let sustained =
            substantive && bothWays >= limits.sustainedMessages * factor
            && min(evidence.messages.messagesSent, evidence.messages.messagesReceived) >= limits.sustainedEachWay
            && evidence.messages.activeMonths.count >= limits.sustainedMonths * factor
        let knownSince = CalendarDay.earliest(connection.connectedOn, evidence.firstInteraction)
        let knownFor = asOf.flatMap { today in knownSince.map { max(0, $0.days(until: today)) } }
        let isNew = knownFor.map { $0 < limits.newConnectionDays } ?? false
        var tier: RelationshipTier
        if recommended || sustained {
            tier = .trusted
        } else if isNew {
            tier = .nominal
        } else if substantive || mutualEndorsement || (employer != nil && twoWay) || evidence.addressBook != nil {
            // A shared employer lifts a two-way exchange of any size, never a one-way signal:
            // one-way messages and endorsements leave anyone nominal.
            tier = .familiar
        } else {
            tier = .nominal
        }
        // Dormancy is judged from dated interactions. Address-book presence carries no date and
        // suggests contact outside LinkedIn, so it alone never makes a tie dormant. Only a tie
        // that had substance can be lost; other quiet familiar ties are dormant acquaintances.
        let lastContact = lastInteraction ?? (evidence.addressBook == nil ? connection.connectedOn : nil)
        let quietDays = asOf.flatMap { today in lastContact.map { $0.days(until: today) } }
        let quiet = tier >= .familiar && (quietDays.map { $0 > limits.dormantAfterDays } ?? false)
        var dormant = quiet && (tier == .trusted || substantive)
        var lapsed = quiet && !dormant

        let source = EvidenceSource(
            connection: connection, evidence: evidence, employer: employer, substance: substance,
            dormant: dormant, lapsed: lapsed, dormantYears: limits.dormantAfterDays / 365, asOf: asOf,
            knownForDays: isNew && tier == .nominal ? knownFor : nil,
            annotation: annotation.map(EvidenceWriter.annotationSentence))
        var tags = (evidence.addressBook?.labels ?? []).map { $0.lowercased() }
        var annotated = false
        if let annotation {
            for tag in annotation.tags where !tags.contains(tag) { tags.append(tag) }
            if let stated = annotation.tier {
                annotated = true
                tier = stated
                dormant = false  // the owner's statement describes the relationship as it is now
                lapsed = false
            }
        }
        return RelationshipDepth(
            index: connection.index, tier: tier, dormant: dormant, lapsed: lapsed,
            score: Self.band(tier, strength: strength),
            evidenceSource: source, tags: tags, annotated: annotated, lastInteraction: lastInteraction,
            formerEmployer: employer.flatMap { $0.isCurrent ? nil : $0.company })
    }

    /// Places the evidence strength inside the tier's band, so scores order people within a
    /// tier and never contradict it.
    static func band(_ tier: RelationshipTier, strength: Double) -> Double {
        let (low, high): (Double, Double)
        switch tier {
        case .stranger: return 0
        case .nominal: (low, high) = (0, 0.3)
        case .familiar: (low, high) = (0.3, 0.6)
        case .trusted: (low, high) = (0.6, 1.0)
        }
        let value = low + (high - low) * strength
        return (value * 1000).rounded() / 1000
    }
}
