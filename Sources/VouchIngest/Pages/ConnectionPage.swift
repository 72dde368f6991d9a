/// What a page held: its people and the markup it was recognised as.
public struct ConnectionPage: Sendable {
    /// `classic`, `current`, `sales-navigator` or `pasted-text`.
    public let style: String
    public let people: [PageConnection]
}
