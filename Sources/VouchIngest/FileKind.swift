/// What a file that was read was recognised as: one of the export's own files, a saved
/// connections page, or an address book the user exported.
public enum FileKind: Hashable, Sendable {
    /// A file of the LinkedIn export (`Connections.csv`, `messages.csv`, …).
    case export(ExportFileKind)
    /// A saved LinkedIn connections page (`--page`).
    case connectionsPage
    /// An address book in the export's folder (`Contacts.csv`).
    case addressBook

    /// The name reports give the kind: the export file kind's, `connections-page` or `contacts`.
    public var name: String {
        switch self {
        case .export(let kind): kind.rawValue
        case .connectionsPage: "connections-page"
        case .addressBook: "contacts"
        }
    }

    /// The export file kind, for a file of the export.
    public var exportFile: ExportFileKind? {
        if case .export(let kind) = self { kind } else { nil }
    }
}
