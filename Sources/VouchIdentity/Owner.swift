/// The account owner: whose export this is.
public struct Owner: Sendable, Hashable {
    /// The owner's name, when known.
    public var name: String?
    /// The owner's profile URL, when known.
    public var profileURL: String?
    /// The owner's headline from `Profile.csv`.
    public var headline: String?
    /// How the owner was identified, in words (`Profile.csv`, `outgoing invitations`, …).
    public var identifiedBy: [String] = []

    public init(name: String? = nil, profileURL: String? = nil, headline: String? = nil) {
        self.name = name
        self.profileURL = profileURL
        self.headline = headline
    }

    /// The normalised profile key.
    public var profileKey: ProfileKey? { profileURL.flatMap(ProfileKey.init(url:)) }
}
