import VouchIdentity

/// The owner's employers, for spotting current and former colleagues.
public struct EmployerHistory: Sendable {
    /// One employer with the owner's dates there.
    public struct Employer: Sendable, Hashable {
        public let company: String
        public let isCurrent: Bool
        public let from: Int?
        public let to: Int?
    }

    public let employers: [Employer]
    private let tokens: [[String]]

    public init(positions: [OwnerPosition]) {
        var byName: [String: Employer] = [:]
        var order: [String] = []
        for position in positions {
            let key = CompanyName.tokens(position.company).joined(separator: " ")
            guard !key.isEmpty else { continue }
            let from = position.started?.day.year
            let to = position.finished?.day.year
            if let existing = byName[key] {
                byName[key] = Employer(
                    company: existing.company, isCurrent: existing.isCurrent || position.isCurrent,
                    from: [existing.from, from].compactMap { $0 }.min(),
                    to: existing.isCurrent || position.isCurrent ? nil : [existing.to, to].compactMap { $0 }.max())
            } else {
                byName[key] = Employer(company: position.company, isCurrent: position.isCurrent, from: from, to: to)
                order.append(key)
            }
        }
        employers = order.compactMap { byName[$0] }
        tokens = employers.map { CompanyName.tokens($0.company) }
    }

    /// The owner's employer that `company` names, if any.
    public func match(_ company: String) -> Employer? {
        guard !company.isEmpty, !employers.isEmpty else { return nil }
        let other = CompanyName.tokens(company)
        return employers.indices.first { CompanyName.matches(tokens: tokens[$0], other) }.map { employers[$0] }
    }
}
