import Foundation
import VouchIO

/// Reads a request list from a saved e-mail: a CSV, TSV or `.xlsx` list attached to it when
/// there is one, else the plain-text body, else the HTML body, read like any text list
/// (greetings, prose, closings, signatures and quoted replies skipped). The `From:` header
/// names the sender. Line numbers are those of the decoded body.
enum MailList {
    /// The `From:` line of the first forwarded header block in `text` (`---------- Forwarded
    /// message ---------`, `Begin forwarded message:`, `-----Original Message-----`), nil when
    /// the text forwards nothing.
    static func forwardedSender(in text: String) -> String? {
        var inForward = false
        for raw in RequestListReader.lines(of: text) {
            let line = raw.trimmingWhitespace().trimming { "> *".unicodeScalars.contains($0) }
            let lower = line.lowercased()
            if lower.contains("forwarded message") || lower.contains("original message") {
                inForward = true
            } else if inForward, lower.hasPrefix("from:") {
                let value = String(line.dropFirst(5)).trimming { " *".unicodeScalars.contains($0) }
                return value.isEmpty ? nil : String(value)
            }
        }
        return nil
    }

    static func read(data: Data, source: String) throws -> RequestList {
        let message = MailMessage(bytes: [UInt8](data))
        let sender = message.header("from").flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
        let attachments = message.leaves.filter { leaf in
            guard leaf.isAttachment, let name = leaf.fileName?.lowercased() else { return false }
            return [".csv", ".tsv", ".xlsx", ".xls", ".numbers"].contains { name.hasSuffix($0) }
        }
        let body = message.leaves.filter { !$0.isAttachment && !$0.bytes.contains(0) }
        if let attachment = attachments.first, let name = attachment.fileName {
            var list = try RequestListReader.parse(data: Data(attachment.bytes), name: name)
            list = RequestList(
                source: source + " (attached " + name + ")", format: "email/" + list.format, entries: list.entries,
                skipped: list.skipped, sender: sender,
                forwardedSender: body.first { $0.type == "text/plain" }.flatMap { forwardedSender(in: $0.text) })
            return list
        }
        if let plain = body.first(where: { $0.type == "text/plain" }) {
            var list = RequestListReader.parseText(plain.text, source: source, format: "email")
            list.sender = sender
            list.forwardedSender = forwardedSender(in: plain.text)
            return list
        }
        if let html = body.first(where: { $0.type == "text/html" }) {
            var list = try HTMLRequestList.parse(
                bytes: Array(html.text.utf8), source: source, format: "email", isUTF8: true)
            list.sender = sender
            return list
        }
        throw InputError.invalid(
            path: source, line: nil,
            reason: "this e-mail has no text, HTML or attached list vouch can read; paste the list into a .txt file")
    }
}
