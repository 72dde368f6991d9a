import VouchDates

/// One person read from a saved LinkedIn connections page (or text pasted from one).
public struct PageConnection: Sendable, Hashable {
    public let name: String
    /// The headline ("Director at Northwind Traders").
    public let headline: String
    /// The public profile URL, when the page links one (Sales Navigator lead links are not),
    /// always absolute: pages link `/in/…/`, reports give `https://www.linkedin.com/in/…/`.
    public let profileURL: String?
    /// The company, when the page names it separately (Sales Navigator).
    public let company: String
    /// When the connection was made: exact ("Connected on 4 December 2025") or approximate
    /// ("Connected 5 months ago", counted back from the as-of day).
    public let connectedOn: CalendarDay?
    public let connectedOnIsApproximate: Bool
    /// The line of the element the person was found in.
    public let line: Int

    init(
        name: String, headline: String, profileURL: String?, company: String, connectedOn: CalendarDay?,
        connectedOnIsApproximate: Bool, line: Int
    ) {
        self.name = name
        self.headline = headline
        self.profileURL = profileURL.map(Self.absolute)
        self.company = company
        self.connectedOn = connectedOn
        self.connectedOnIsApproximate = connectedOnIsApproximate
        self.line = line
    }

    /// A link as a page writes it (`/in/ana/`, `//www.linkedin.com/in/ana`,
    /// `www.linkedin.com/in/ana`) made absolute on `https://www.linkedin.com`.
    static func absolute(_ link: String) -> String {
        if link.hasPrefix("//") { return "https:" + link }
        if link.hasPrefix("/") { return "https://www.linkedin.com" + link }
        let lower = link.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return link }
        return "https://" + link
    }
}
