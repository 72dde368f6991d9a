import VouchIdentity

/// Address-book entries joined to connections with the shared matcher, plus a lookup for
/// people in the books who are not connections (so vet can say "not connected on LinkedIn,
/// but in your address book").
public struct AddressBookIndex: Sendable {
    /// Facts per connection index.
    public private(set) var byConnection: [Int: AddressBookFact] = [:]
    /// Entries that matched no connection, by normalised name, e-mail and profile key.
    private var othersByName: [String: AddressBookFact] = [:]
    private var othersByEmail: [String: AddressBookFact] = [:]
    private var othersByKey: [ProfileKey: AddressBookFact] = [:]
    /// The books read, with what happened to their lines.
    public private(set) var books: [AddressBookSummary] = []

    public init() {}

    /// Joins `books` to the connections in `directory`: LinkedIn URL, then e-mail, then name
    /// (with company), the same rules the vet matcher uses.
    public init(books: [AddressBook], directory: ConnectionDirectory) {
        let matcher = PersonMatcher(directory: directory)
        for book in books {
            var matched = 0
            for entry in book.entries {
                if let index = Self.connection(for: entry, matcher: matcher, directory: directory) {
                    byConnection[index, default: AddressBookFact()].add(entry)
                    matched += 1
                } else {
                    let name = PersonName(entry.name).key
                    if !name.isEmpty { othersByName[name, default: AddressBookFact()].add(entry) }
                    for email in entry.emails {
                        othersByEmail[email.lowercased(), default: AddressBookFact()].add(entry)
                    }
                    for url in entry.profileURLs {
                        if let key = ProfileKey(url: url) { othersByKey[key, default: AddressBookFact()].add(entry) }
                    }
                }
            }
            self.books.append(
                AddressBookSummary(
                    path: book.path, format: book.format, entries: book.entries.count, matched: matched,
                    skipped: book.skipped))
        }
    }

    static func connection(for entry: AddressBookEntry, matcher: PersonMatcher, directory: ConnectionDirectory) -> Int?
    {
        for url in entry.profileURLs {
            if let key = ProfileKey(url: url), let index = directory.connection(forKey: key) { return index }
        }
        for email in entry.emails {
            if let index = directory.connection(forEmail: email) { return index }
        }
        guard !entry.name.isEmpty else { return nil }
        if case .matched(let index, let confidence, _) = matcher.match(
            PersonQuery(name: entry.name, company: entry.company.isEmpty ? nil : entry.company)), confidence >= 0.8
        {
            return index
        }
        return nil
    }

    /// The address-book facts for someone who is not a connection, if any book has them.
    public func nonConnection(_ query: PersonQuery) -> AddressBookFact? {
        if let url = query.profileURL, let key = ProfileKey(url: url), let fact = othersByKey[key] { return fact }
        if let email = query.email?.lowercased(), let fact = othersByEmail[email] { return fact }
        let name = PersonName(query.name).key
        return name.isEmpty ? nil : othersByName[name]
    }
}
