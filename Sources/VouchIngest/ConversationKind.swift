import VouchIO

/// Recognises the conversations that say little about a relationship: recruiter InMail, job
/// applications and automated messages. They are counted apart and weigh little, as group
/// conversations do (docs/MODEL.md, "Discounted conversations").
///
/// Judged from what the export carries for the message that opened the conversation: InMail
/// bodies are HTML (the rest of the file is plain text), and InMail, job-application and
/// automated messages carry a subject or title that names recruiting or an application.
/// `Sponsored Conversation` threads (ads) are left out altogether when read.
enum ConversationKind {
    /// Words in a subject or title that mark recruiting, job applications and automated
    /// notices (lower-case ASCII; matched anywhere, ignoring case).
    private static let markers: [StaticString] = [
        "inmail", "application", "applied", "opportunit", "recruit", "hiring", "job", "candidate", "role at",
    ]

    /// True when a message with this subject, conversation title and body opens a conversation
    /// that is discounted.
    static func isDiscounted(subject: Field, title: Field, content: Field) -> Bool {
        isHTML(content) || (!subject.isEmpty && namesRecruiting(subject)) || (!title.isEmpty && namesRecruiting(title))
    }

    /// True when the body starts with an HTML tag (`<p>`, `<div …>`, `<!DOCTYPE`), as InMail
    /// bodies do; "<3" or "< 5" do not count.
    static func isHTML(_ content: Field) -> Bool {
        var index = 0
        while index < content.count,
            content[index] == 0x20 || content[index] == 0x09 || content[index] == 0x0A
                || content[index] == 0x0D
        {
            index += 1
        }
        guard index + 1 < content.count, content[index] == UInt8(ascii: "<") else { return false }
        let next = ASCII.lowercased(content[index + 1])
        return (next >= UInt8(ascii: "a") && next <= UInt8(ascii: "z")) || next == UInt8(ascii: "!")
    }

    /// True when `text` contains one of the markers, ignoring ASCII case.
    static func namesRecruiting(_ text: Field) -> Bool {
        markers.contains { contains(text, $0) }
    }

    private static func contains(_ text: Field, _ marker: StaticString) -> Bool {
        let length = marker.utf8CodeUnitCount
        guard text.count >= length else { return false }
        let pointer = marker.utf8Start
        var start = 0
        while start + length <= text.count {
            var offset = 0
            while offset < length, ASCII.lowercased(text[start + offset]) == pointer[offset] { offset += 1 }
            if offset == length { return true }
            start += 1
        }
        return false
    }
}
