/// Who a list entry, a recommendation or an address-book card says it is about.
public struct PersonQuery: Sendable, Hashable, Codable {
    public var name: String
    public var company: String?
    public var profileURL: String?
    public var email: String?

    public init(name: String, company: String? = nil, profileURL: String? = nil, email: String? = nil) {
        self.name = name
        self.company = company.flatMap { $0.isEmpty ? nil : $0 }
        self.profileURL = profileURL.flatMap { $0.isEmpty ? nil : $0 }
        self.email = email.flatMap { $0.isEmpty ? nil : $0 }
    }
}
