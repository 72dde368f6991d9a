import VouchDates
import VouchIO

/// Reads the CSV address books: Google Contacts (current and legacy), Outlook, and LinkedIn's
/// `Contacts.csv`. Columns are found by header name; the header decides the format.
enum ContactsCSVReader {
    enum Format: String {
        case google
        case googleLegacy = "google-legacy"
        case outlook
        case linkedin = "linkedin-contacts"

        var source: String {
            switch self {
            case .google, .googleLegacy: return "Google contacts"
            case .outlook: return "Outlook contacts"
            case .linkedin: return "LinkedIn's imported contacts"
            }
        }
    }

    static func parse(_ bytes: [UInt8], path: String) throws -> AddressBook {
        let table = SmallTable(bytes: bytes)
        let records = table.records
        var skipped = table.malformed
        guard let header = records.first else {
            throw InputError.invalid(path: path, line: nil, reason: "the file is empty")
        }
        let names = (0..<header.count).map { HeaderCell.fold(header.string($0)) }
        guard let format = detect(names) else {
            throw InputError.invalid(
                path: path, line: header.line,
                reason:
                    "not an address book vouch knows. Pass a Google Contacts or Outlook CSV export, LinkedIn's Contacts.csv, or a vCard (.vcf) file"
            )
        }
        var entries: [AddressBookEntry] = []
        for record in records.dropFirst() {
            let row = ContactRow(record: record, names: names)
            if let entry = entry(row, format: format) {
                entries.append(entry)
            } else {
                skipped.append(SkippedRow(line: record.line, reason: "no name, e-mail or profile"))
            }
        }
        return AddressBook(
            path: path, format: format.rawValue, entries: entries, skipped: skipped.sorted { $0.line < $1.line })
    }

    static func detect(_ names: [String]) -> Format? {
        let set = Set(names)
        if set.isSuperset(of: ["source", "firstname", "lastname", "emails"]) { return .linkedin }
        if set.contains("givenname") || set.contains("organization1name") { return .googleLegacy }
        if set.contains("email1value") || set.contains("organizationname") { return .google }
        if set.contains("emailaddress")
            && (set.contains("businessphone") || set.contains("mobilephone") || set.contains("jobtitle"))
        {
            return .outlook
        }
        return nil
    }

    /// A contact row with cells looked up by folded header name.
    struct ContactRow {
        let record: CSVRecord
        let names: [String]

        func cell(_ name: String) -> String {
            guard let index = names.firstIndex(of: name) else { return "" }
            let value = record.string(index).trimmingCharacters(in: .whitespacesAndNewlines)
            return value.lowercased() == "null" ? "" : value
        }

        /// The non-empty cells of `columns`, joined by spaces (name parts).
        func joined(_ columns: String...) -> String {
            columns.map(cell).filter { !$0.isEmpty }.joined(separator: " ")
        }

        /// Every cell whose header matches `prefix` + digits + `suffix` (`email1value`, `email2value`, …).
        func numbered(_ prefix: String, _ suffix: String) -> [String] {
            names.indices.filter { index in
                let name = names[index]
                guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else {
                    return false
                }
                return name.dropFirst(prefix.count).dropLast(suffix.count).allSatisfy(\.isNumber)
            }.map { record.string($0).trimmingWhitespace() }.filter { !$0.isEmpty }
        }
    }

    static func entry(_ row: ContactRow, format: Format) -> AddressBookEntry? {
        var name: String
        var company: String
        var title: String
        var emails: [String]
        var phones: [String]
        var urls: [String]
        var labels: [String]
        var note = ""
        var birthday = ""
        var created: CalendarDay?
        let google = [" ::: "]
        /// Google's numbered multi-value columns (`E-mail 1 - Value`, `E-mail 2 - Value`, …).
        func googleValues(_ prefix: String) -> [String] {
            row.numbered(prefix, "value").flatMap { AddressBookReader.values($0, separators: google) }
        }
        /// The first value of the first numbered cell (`Organization 1 - Name`).
        func firstGoogleValue(_ prefix: String, _ suffix: String) -> String {
            row.numbered(prefix, suffix).first.map { AddressBookReader.values($0, separators: google).first ?? "" }
                ?? ""
        }
        switch format {
        case .google:
            name = row.joined("firstname", "middlename", "lastname")
            company = row.cell("organizationname")
            title = row.cell("organizationtitle")
            emails = googleValues("email")
            phones = googleValues("phone")
            urls = googleValues("website")
            labels = AddressBookReader.values(row.cell("labels"), separators: google)
            note = row.cell("notes")
            birthday = row.cell("birthday")
        case .googleLegacy:
            name = row.cell("name")
            if name.isEmpty {
                name = row.joined("givenname", "additionalname", "familyname")
            }
            company = firstGoogleValue("organization", "name")
            title = firstGoogleValue("organization", "title")
            emails = googleValues("email")
            phones = googleValues("phone")
            urls = googleValues("website")
            labels = AddressBookReader.values(row.cell("groupmembership"), separators: google)
            note = row.cell("notes")
            birthday = row.cell("birthday")
        case .outlook:
            name = row.joined("firstname", "middlename", "lastname")
            company = row.cell("company")
            title = row.cell("jobtitle")
            emails = ["emailaddress", "email2address", "email3address"].map(row.cell).filter { !$0.isEmpty }
            phones = row.names.filter { $0.contains("phone") && !$0.contains("assistant") }.map(row.cell).filter {
                !$0.isEmpty
            }
            urls = [row.cell("webpage")].filter { !$0.isEmpty }
            labels = AddressBookReader.values(row.cell("categories"), separators: [";"])
            note = row.cell("notes")
            birthday = row.cell("birthday")
        case .linkedin:
            name = row.joined("firstname", "lastname")
            if name.isEmpty { name = row.cell("fullname") }
            company = AddressBookReader.values(row.cell("companies"), separators: [","]).first ?? ""
            title = row.cell("title")
            emails = AddressBookReader.values(row.cell("emails"), separators: [","])
            phones = AddressBookReader.values(row.cell("phonenumbers"), separators: [","])
            urls = AddressBookReader.values(row.cell("sites") + "," + row.cell("profiles"), separators: [","])
            labels = []
            birthday = row.cell("birthday")
            created = DateParser.parse(row.cell("createdat"))?.day
        }
        name = TextDecoding.repairMojibake(name)
        let profiles = AddressBookReader.profileURLs(urls)
        guard !name.isEmpty || !emails.isEmpty || !profiles.isEmpty else { return nil }
        return AddressBookEntry(
            source: format.source, name: name, company: company, title: title, emails: emails, phones: phones,
            profileURLs: profiles, labels: AddressBookReader.meaningfulLabels(labels), hasNote: !note.isEmpty,
            hasBirthday: DateParser.parse(birthday) != nil || birthday.hasPrefix("--"), created: created,
            line: row.record.line)
    }
}
