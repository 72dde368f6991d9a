import VouchIngest

/// `vouch inspect`: what was found in an export and how every file was read.
public enum InspectReport {
    /// The JSON form: owner, files, counts and skips, as text.
    public static func json(_ export: LinkedInExport) -> String {
        document(export).serialized()
    }

    /// The JSON form as a value to write.
    public static func document(_ export: LinkedInExport) -> JSONValue {
        JSONValue.object([
            ("schemaVersion", .int(1)),
            ("source", .string(export.location)),
            ("exportDate", .optional(export.exportDate?.description)),
            ("latestDataDate", .optional(export.latestDataDate?.description)),
            ("owner", export.owner.json),
            ("ownerIdentifiedBy", .array(export.owner.identifiedBy.map(JSONValue.string))),
            ("connections", .int(export.connections.count)),
            ("hiddenMembers", .int(export.connections.filter(\.isHidden).count)),
            ("conversations", .int(export.conversationCount)),
            ("messagesRead", messagesRead(export.ledger).map(json) ?? .null),
            ("cannotTell", .array(export.cannotTell.map(JSONValue.string))),
            ("ingest", export.ledger.json),
        ])
    }

    /// The messages file's name and how it was read, if it was read.
    static func messagesRead(_ ledger: IngestLedger) -> (file: String, method: ReadMethod)? {
        guard let file = ledger.file(kind: .export(.messages)), let method = file.readMethod else {
            return nil
        }
        return (file.name, method)
    }

    /// The `messagesRead` object (see docs/OUTPUT.md).
    static func json(_ read: (file: String, method: ReadMethod)) -> JSONValue {
        .object([
            ("file", .string(read.file)),
            ("passes", .int(read.method.passes)),
            ("inParts", .bool(read.method.inParts)),
            ("streamed", .bool(read.method.streamed)),
            ("reasons", .array(read.method.reasons.map { .string($0.rawValue) })),
            ("summary", .string(read.method.summary)),
        ])
    }

    /// The markdown form, for people.
    public static func markdown(_ export: LinkedInExport) -> String {
        var lines: [String] = []
        lines.append("# What vouch found in \(Markdown.inline(lastComponent(export.location)))")
        lines.append("")
        let owner = export.owner
        let ownerName = owner.name.map(Markdown.inline) ?? "unknown"
        let ownerURL = owner.profileURL.map { " (\(Markdown.inline($0)))" } ?? ""
        let how =
            owner.identifiedBy.isEmpty
            ? "" : "; identified from " + owner.identifiedBy.map(Markdown.inline).joined(separator: ", ")
        lines.append("- Owner: \(ownerName)\(ownerURL)\(how)")
        let hidden = export.connections.filter(\.isHidden).count
        lines.append(
            "- Connections: \(export.connections.count)"
                + (hidden > 0 ? " (\(Plural.count(hidden, "hidden or deleted member")), counted but not scored)" : ""))
        if export.conversationCount > 0 { lines.append("- Conversations: \(export.conversationCount)") }
        if let read = messagesRead(export.ledger) {
            lines.append("- \(Markdown.inline(read.file)): \(Markdown.inline(read.method.summary))")
        }
        if let date = export.exportDate { lines.append("- Export date (from the file name): \(date)") }
        if let date = export.latestDataDate { lines.append("- Latest date in the data: \(date)") }
        for limit in export.cannotTell { lines.append("- Cannot tell: \(Markdown.inline(limit))") }
        lines.append("")
        lines.append(contentsOf: ledgerMarkdown(export.ledger))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The files table and skip details, shared by every markdown report.
    public static func ledgerMarkdown(_ ledger: IngestLedger, maxSkipsShown: Int = 20) -> [String] {
        var lines: [String] = []
        lines.append("| file | read as | rows | used | skipped | dates |")
        lines.append("|---|---|---:|---:|---:|---|")
        for file in ledger.files {
            let dates = [file.firstDate, file.lastDate].compactMap { $0?.description }.joined(separator: " to ")
            lines.append(
                "| \(Markdown.inline(file.name)) | \(file.kind.name), \(file.encoding), \(file.delimiter) | \(file.rows) | \(file.used) | \(file.skippedCount) | \(dates) |"
            )
        }
        lines.append("")
        for file in ledger.files where !file.excluded.isEmpty {
            let parts = file.excluded.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key.rawValue)" }
            lines.append(
                "- \(Markdown.inline(file.name)): used but left out of scoring: \(parts.joined(separator: ", "))")
        }
        for file in ledger.files {
            for warning in file.warnings {
                lines.append("- \(Markdown.inline(file.name)): \(Markdown.inline(warning))")
            }
            for skip in file.skipped.prefix(maxSkipsShown) {
                lines.append(
                    "- \(Markdown.inline(file.name)) line \(skip.line): skipped, \(Markdown.inline(skip.reason))")
            }
            if file.skippedCount > maxSkipsShown {
                lines.append(
                    "- \(Markdown.inline(file.name)): \(file.skippedCount - maxSkipsShown) more skipped rows (see the JSON report)"
                )
            }
        }
        for refused in ledger.refusedEntries {
            lines.append("- refused \(Markdown.inline(refused.name)): \(Markdown.inline(refused.reason))")
        }
        if !ledger.ignoredFiles.isEmpty {
            let shown = ledger.ignoredFiles.prefix(12).map(Markdown.inline).joined(separator: ", ")
            let more = ledger.ignoredFiles.count > 12 ? " and \(ledger.ignoredFiles.count - 12) more" : ""
            lines.append("- Present but not used (no evidence about people): \(shown)\(more)")
        }
        return lines
    }

    static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }
}
