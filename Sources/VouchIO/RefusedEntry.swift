/// An archive entry or file that was not read for safety, with the reason.
public struct RefusedEntry: Hashable, Sendable {
    /// The entry's name as stored.
    public let name: String
    /// Why it was refused.
    public let reason: String

    public init(name: String, reason: String) {
        self.name = name
        self.reason = reason
    }
}
