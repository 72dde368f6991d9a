import Foundation

@testable import VouchIngest

/// One small network written as an export of each era of the LinkedIn format (see
/// LINKEDIN_EXPORT.md): the same people and messages, in each era's files, headers, date forms
/// and identity columns. Every name is invented.
struct EraExport {
    /// The eras whose layouts differ in what they tell about people.
    enum Era: String, CaseIterable, CustomStringConvertible {
        /// `Messages.csv` with `Direction`, no conversation ids, no URLs anywhere.
        case y2018 = "2018"
        /// Connections without URL or preamble; messages with the sender's URL only.
        case y2019 = "2019-20"
        /// The preamble; still no URLs in Connections; recipients by name only.
        case y2021 = "2021-early 2023"
        /// Connections with URLs; `RECIPIENT PROFILE URLS`; invitations with member URNs.
        case y2023 = "mid 2023-2024"
        /// Drafts and attachments columns; invitations with profile URLs.
        case y2025 = "late 2024-2026"

        var description: String { rawValue }

        var connectionsHaveURLs: Bool { self == .y2023 || self == .y2025 }
        var messagesHaveURLs: Bool { self != .y2018 }
    }

    struct Person: Hashable {
        let first: String
        let last: String
        let slug: String
        var company = "Initech"

        var name: String { first + " " + last }
        var url: String { "https://www.linkedin.com/in/" + slug }
    }

    struct Message {
        let conversation: String
        let from: Person
        let to: [Person]
        /// `yyyy-MM-dd HH:mm`, UTC.
        let date: String
        let text: String
    }

    static let owner = Person(first: "Morgan", last: "Avery, CFP", slug: "morgan-avery-cfp")
    /// The two-way tie, a credential after a comma in their last name.
    static let ada = Person(first: "Ada", last: "Okafor, MBA, PMP", slug: "ada-okafor-mba")
    /// The one-way tie: messages from the owner, no reply.
    static let bo = Person(first: "Bo", last: "Lund", slug: "bo-lund-3")
    static let cara = Person(first: "Cara", last: "Diaz", slug: "cara-diaz")
    static let dev = Person(first: "Dev", last: "Patel", slug: "dev-patel-77")
    static let eli = Person(first: "Eli", last: "Novak", slug: "eli-novak")
    static let fay = Person(first: "Fay", last: "Obi, ACIPM", slug: "fay-obi")
    /// In the group thread, not a connection.
    static let gus = Person(first: "Gus", last: "Stranger", slug: "gus-stranger")
    /// Two connections of the same name; the first writes to the owner.
    static let sam1 = Person(first: "Sam", last: "Lee", slug: "sam-lee-1", company: "Acme")
    static let sam2 = Person(first: "Sam", last: "Lee", slug: "sam-lee-2", company: "Globex")

    /// The connections in file order; the hidden member's row sits between them.
    static let connections = [ada, bo, cara, dev, eli, fay, sam1, sam2]
    static let hiddenRow = 3

    static let messages: [Message] = {
        var rows: [Message] = []
        // Ada: a two-way exchange over four months.
        for (index, month) in ["01", "02", "03", "04"].enumerated() {
            rows.append(
                Message(
                    conversation: "c-ada", from: owner, to: [ada], date: "2022-\(month)-10 09:00",
                    text: "How are things going \(index)"))
            rows.append(
                Message(
                    conversation: "c-ada", from: ada, to: [owner], date: "2022-\(month)-11 10:30",
                    text: "All good here, thanks for asking: the project with the Lisbon team is going well"))
        }
        rows.append(Message(conversation: "c-bo", from: owner, to: [bo], date: "2022-05-01 08:00", text: "Hello Bo"))
        rows.append(
            Message(conversation: "c-bo", from: owner, to: [bo], date: "2022-06-01 08:00", text: "Hello again Bo"))
        let group = [owner, cara, dev, eli, fay, gus]
        for (sender, day) in [(owner, "02"), (cara, "03"), (fay, "04"), (gus, "05")] {
            rows.append(
                Message(
                    conversation: "c-group", from: sender, to: group.filter { $0 != sender },
                    date: "2022-07-\(day) 12:00", text: "Group news"))
        }
        rows.append(
            Message(conversation: "c-sam", from: sam1, to: [owner], date: "2022-08-01 15:00", text: "Hi Morgan"))
        rows.append(Message(conversation: "c-sam", from: owner, to: [sam1], date: "2022-08-02 15:00", text: "Hi Sam"))
        return rows
    }()

    let era: Era
    /// Rows sorted by date only, conversations interleaved, instead of grouped.
    var interleaved = false
    var includeProfile = true
    var includeInvitations = true

    /// The export's files by name.
    var files: [String: String] {
        var files = ["Connections.csv": connectionsFile, messagesName: messagesFile]
        if includeProfile {
            files["Profile.csv"] =
                "First Name,Last Name,Maiden Name,Address,Birth Date,Headline\n"
                + Self.csv(Self.owner.first, Self.owner.last, "", "", "", "Planner") + "\n"
        }
        if includeInvitations { files["Invitations.csv"] = invitationsFile }
        return files
    }

    var messagesName: String { era == .y2018 ? "Messages.csv" : "messages.csv" }

    var connectionsFile: String {
        let preamble =
            era == .y2018 || era == .y2019
            ? ""
            : "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
        let header =
            era.connectionsHaveURLs
            ? "First Name,Last Name,URL,Email Address,Company,Position,Connected On"
            : "First Name,Last Name,Email Address,Company,Position,Connected On"
        let date: String
        switch era {
        case .y2018: date = "1/8/18, 6:14 PM"
        case .y2019: date = "14 Aug 2019"
        case .y2021: date = "17 Jun 2021"
        case .y2023, .y2025: date = "04 Dec 2023"
        }
        var lines = [header]
        for (index, person) in Self.connections.enumerated() {
            if index == Self.hiddenRow {
                lines.append(Self.csv(Array(repeating: "", count: era.connectionsHaveURLs ? 6 : 5) + [date]))
            }
            var fields = [person.first, person.last]
            if era.connectionsHaveURLs { fields.append(person.url) }
            fields += ["", person.company, "Engineer", date]
            lines.append(Self.csv(fields))
        }
        // No final newline, as LinkedIn writes it.
        return preamble + lines.joined(separator: "\n")
    }

    var invitationsFile: String {
        let date = "3/2/21, 9:00 AM"
        switch era {
        case .y2018, .y2019, .y2021:
            return "From,To,Sent At,Message,Direction\n" + Self.csv(Self.owner.name, Self.bo.name, date, "", "OUTGOING")
                + "\n"
        case .y2023:
            return "From,To,Sent At,Message,Direction,inviterProfileUrn,inviteeProfileUrn\n"
                + Self.csv(
                    Self.owner.name, Self.bo.name, date, "", "OUTGOING", "urn:li:member:111", "urn:li:member:222")
                + "\n"
        case .y2025:
            return "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                + Self.csv(Self.owner.name, Self.bo.name, date, "", "OUTGOING", Self.owner.url, Self.bo.url) + "\n"
        }
    }

    var messagesFile: String {
        // Conversations newest first, by their latest message; messages newest first.
        var rows = Self.messages
        if interleaved {
            rows.sort { $0.date > $1.date }
        } else {
            let latest = Dictionary(grouping: rows, by: \.conversation).mapValues { $0.map(\.date).max() ?? "" }
            rows.sort { a, b in
                a.conversation == b.conversation
                    ? a.date > b.date
                    : (latest[a.conversation] ?? "", a.conversation) > (latest[b.conversation] ?? "", b.conversation)
            }
        }
        var lines: [String] = []
        switch era {
        case .y2018:
            lines.append("From,To,Date,Subject,Content,Direction,Folder")
            for row in rows {
                lines.append(
                    Self.csv(
                        row.from.name, Self.names(row.to), Self.shortDate(row.date), "", row.text,
                        row.from == Self.owner ? "OUTGOING" : "INCOMING", "INBOX"))
            }
        case .y2019, .y2021:
            lines.append("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER")
            for row in rows {
                lines.append(
                    Self.csv(
                        row.conversation, "", row.from.name, row.from.url, Self.names(row.to), row.date + ":00 UTC", "",
                        row.text, "INBOX"))
            }
        case .y2023:
            lines.append(
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER"
            )
            for row in rows {
                lines.append(
                    Self.csv(
                        row.conversation, "", row.from.name, row.from.url, Self.names(row.to),
                        row.to.map(\.url).joined(separator: ","), row.date + ":00 UTC", "", row.text, "INBOX"))
            }
        case .y2025:
            lines.append(
                "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT,IS CONVERSATION DRAFT"
            )
            // An unsent draft to Bo: not a message.
            lines.append(
                Self.csv(
                    "c-bo", "", Self.owner.name, Self.owner.url, Self.bo.name, Self.bo.url, "2022-06-03 08:00:00 UTC",
                    "", "draft", "", "", "Yes", "No"))
            for row in rows {
                lines.append(
                    Self.csv(
                        row.conversation, "", row.from.name, row.from.url, Self.names(row.to),
                        row.to.map(\.url).joined(separator: ","), row.date + ":00 UTC", "", row.text, "INBOX", "", "No",
                        "No"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Names joined as `TO` joins them: `,` and no quoting of the names themselves.
    static func names(_ people: [Person]) -> String { people.map(\.name).joined(separator: ",") }

    /// `2022-01-10 09:00` as the 2018 files write it: `1/10/22, 9:00 AM`.
    static func shortDate(_ date: String) -> String {
        let parts = date.split(whereSeparator: { $0 == "-" || $0 == " " || $0 == ":" }).compactMap { Int($0) }
        let hour = parts[3] % 12 == 0 ? 12 : parts[3] % 12
        return
            "\(parts[1])/\(parts[2])/\(parts[0] % 100), \(hour):\(String(format: "%02d", parts[4])) \(parts[3] < 12 ? "AM" : "PM")"
    }

    static func csv(_ fields: String...) -> String { csv(fields) }

    static func csv(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(",") || field.contains("\"")
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }

    /// Writes the files into a fresh folder, reads it, and removes the folder.
    func read() throws -> LinkedInExport {
        try Self.read(files)
    }

    static func read(_ files: [String: String]) throws -> LinkedInExport {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vouch-era-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return try ExportReader.read(folder.path)
    }

    /// A name written to break a report (markup, a link, a table pipe), shared by two
    /// connections in a 2021-layout export; one message comes from it.
    static let hostileName = "<b>Eve</b> [x](http://e.example) | *"

    /// The export ``hostileName`` appears in: two connections of that name and one message.
    static func hostileNamesakes() throws -> LinkedInExport {
        let connections =
            csv("First Name", "Last Name", "Email Address", "Company", "Position", "Connected On")
            + "\n" + csv("<b>Eve</b>", "[x](http://e.example) | *", "", "A", "B", "17 Jun 2021")
            + "\n" + csv("<b>Eve</b>", "[x](http://e.example) | *", "", "C", "D", "17 Jun 2021")
        let messages =
            "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
            + csv(
                "c1", "", hostileName, "https://www.linkedin.com/in/eve", "Owen Owner", "2022-01-01 10:00:00 UTC", "",
                "hi", "INBOX")
            + "\n"
        return try read([
            "Connections.csv": connections, "messages.csv": messages,
            "Profile.csv": "First Name,Last Name,Headline\nOwen,Owner,Planner\n",
        ])
    }
}
