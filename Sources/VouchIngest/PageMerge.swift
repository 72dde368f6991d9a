import VouchIdentity

/// Merges people from a saved connections page into an export: people join by profile slug
/// (then by a confident name match), and the page adds only what the export lacks: a
/// position when the export has none, and people connected after the export was made.
public enum PageMerge {
    /// Merges `page` (read from `name`) into `export`, accounting for its people in the ledger.
    public static func merge(_ page: ConnectionPage, named name: String, into export: inout LinkedInExport) {
        var file = FileLedger(name: name, kind: .connectionsPage)
        file.variant = page.style
        file.encoding = "UTF-8"
        file.delimiter = "html"
        var connections = export.connections
        let matcher = PersonMatcher(directory: export.directory)
        var added = 0
        var completed = 0
        for person in page.people {
            let query = PersonQuery(
                name: person.name, company: person.company.isEmpty ? nil : person.company, profileURL: person.profileURL
            )
            var existing: Int?
            switch matcher.match(query) {
            case .matched(let index, let confidence, _) where confidence >= 0.9: existing = index
            default: existing = nil
            }
            if let index = existing {
                let current = connections[index]
                if current.position.isEmpty && current.company.isEmpty && !person.headline.isEmpty {
                    var updated = Connection(
                        index: index, firstName: current.firstName, lastName: current.lastName,
                        profileURL: current.profileURL ?? person.profileURL,
                        email: current.email, company: person.company, position: person.headline,
                        connectedOn: current.connectedOn,
                        line: current.line)
                    updated.connectedOnIsApproximate = current.connectedOnIsApproximate
                    updated.origin = current.origin
                    connections[index] = updated
                    completed += 1
                }
                file.use()
                continue
            }
            let parts = splitName(person.name)
            var connection = Connection(
                index: connections.count, firstName: parts.first, lastName: parts.last, profileURL: person.profileURL,
                email: nil,
                company: person.company, position: person.headline, connectedOn: person.connectedOn, line: person.line)
            connection.connectedOnIsApproximate = person.connectedOnIsApproximate
            connection.origin = name
            connections.append(connection)
            if let date = person.connectedOn { file.see(date) }
            added += 1
            file.use()
        }
        if page.people.isEmpty { file.warn("no people found in this page") }
        if added > 0 && !export.ledger.files.isEmpty {
            file.warn(
                "\(Plural.count(added, "person", "people")) on the page \(Plural.word(added, "is", "are")) not in the export (connected since it was made?) and \(Plural.word(added, "was", "were")) added"
            )
        }
        if completed > 0 {
            file.warn("\(Plural.count(completed, "connection")) without a position took the page's headline")
        }
        if export.ledger.files.isEmpty {
            file.warn(
                "a saved page holds names and headlines only: no messages, endorsements, invitations or recommendations, so everyone is nominal. Request LinkedIn's data export for the evidence"
            )
        }
        export.directory = ConnectionDirectory(connections)
        export.ledger.files.append(file)
        if let latest = file.lastDate, export.latestDataDate.map({ latest > $0 }) ?? true {
            export.latestDataDate = latest
        }
    }

    /// Splits a display name into first and last parts (the last word is the family name).
    static func splitName(_ name: String) -> (first: String, last: String) {
        let words = name.split(separator: " ")
        guard words.count > 1 else { return (name, "") }
        return (words.dropLast().joined(separator: " "), String(words[words.count - 1]))
    }
}
