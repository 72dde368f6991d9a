import VouchDates
import VouchIdentity
import VouchIngest

/// What the sentences that explain one connection's tier are written from, kept so they are
/// written only for the people a report shows. A class: a depth is copied when depths are
/// sorted and filtered, and one reference is cheaper to copy than the records it holds.
final class EvidenceSource: Sendable, Hashable {
    let connection: Connection
    let evidence: ConnectionEvidence
    let employer: EmployerHistory.Employer?
    /// Whether the two-way exchange, if any, had substance.
    let substance: Substance
    /// Dormant by the model (an annotation may say otherwise; the sentence stays).
    let dormant: Bool
    /// A light tie quiet for as long (a dormant acquaintance).
    let lapsed: Bool
    let dormantYears: Int
    let asOf: CalendarDay?
    /// Days since the connection was made, for a connection too new to be a relationship.
    let knownForDays: Int?
    /// The sentence for the owner's annotation, if any.
    let annotation: String?

    init(
        connection: Connection, evidence: ConnectionEvidence, employer: EmployerHistory.Employer?,
        substance: Substance, dormant: Bool, lapsed: Bool, dormantYears: Int, asOf: CalendarDay?, knownForDays: Int?,
        annotation: String?
    ) {
        self.connection = connection
        self.evidence = evidence
        self.employer = employer
        self.substance = substance
        self.dormant = dormant
        self.lapsed = lapsed
        self.dormantYears = dormantYears
        self.asOf = asOf
        self.knownForDays = knownForDays
        self.annotation = annotation
    }

    /// Equal when the sentences are.
    static func == (lhs: EvidenceSource, rhs: EvidenceSource) -> Bool {
        lhs.sentences == rhs.sentences
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(sentences)
    }

    /// The sentences, most telling first: the owner's annotation, a too-recent connection,
    /// then the evidence.
    var sentences: [String] {
        var sentences = EvidenceWriter(asOf: asOf).sentences(
            connection: connection, evidence: evidence, employer: employer, substance: substance,
            dormant: dormant, lapsed: lapsed, dormantYears: dormantYears)
        if let days = knownForDays {
            sentences.insert(
                "known for only \(Plural.count(days, "day")): too recent to be a relationship", at: 0)
        }
        if let annotation { sentences.insert(annotation, at: 0) }
        return sentences
    }
}
