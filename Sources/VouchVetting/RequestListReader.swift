import Foundation
import VouchIO
import VouchIdentity
import VouchIngest
import VouchScoring

/// Reads a "people I'd like to meet" list in any of the forms requesters send: a saved e-mail
/// (`.eml`), an Excel workbook (`.xlsx`), CSV or TSV (with or without a header), plain text
/// or a pasted e-mail body, markdown bullets and tables, or HTML. The format is decided by
/// extension and content; only the people are read, every other line is reported as skipped.
public enum RequestListReader {
    /// Reads the list at `path`.
    /// A list that names nobody is an unusable input: the error says what the file held.
    public static func read(path: String) throws -> RequestList {
        let data = try InputFile.read(path, what: "request list")
        let list = try parse(data: data, name: (path as NSString).lastPathComponent)
        if let problem = nobodyProblem(list, data: data) {
            throw InputError.invalid(path: path, line: nil, reason: problem)
        }
        return list
    }

    /// Why `list` cannot be vetted because it names no person ("the file is empty", "4 lines,
    /// none names a person: 2 greetings, 1 closing, …"); nil when it names someone.
    static func nobodyProblem(_ list: RequestList, data: Data) -> String? {
        guard list.entries.isEmpty else { return nil }
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { return "the file is empty" }
        guard !list.skipped.isEmpty else { return "it names no person to vet" }
        var counts: [(reason: String, count: Int)] = []
        for row in list.skipped {
            // Reasons read `what it was taken for: “the line's start”`.
            let kind = row.reason.components(separatedBy: ": “").first ?? row.reason
            if let at = counts.firstIndex(where: { $0.reason == kind }) {
                counts[at].count += 1
            } else {
                counts.append((kind, 1))
            }
        }
        let kinds = counts.map { "\($0.count) × \($0.reason)" }.joined(separator: "; ")
        return "\(Plural.count(list.skipped.count, "line")) read, none names a person: \(kinds)"
    }

    /// True for a JSON document (a vouch report passed by mistake): named `.json`, or text that
    /// opens with `{` or `[` and parses as JSON whole (a markdown link `[Pat](…)` does not).
    private static func isJSON(_ text: String, name: String) -> Bool {
        if name.hasSuffix(".json") { return true }
        guard let first = text.first(where: { !$0.isWhitespace }), first == "{" || first == "[" else { return false }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil
    }

    /// Parses list bytes; `name` gives the extension hint and the source shown in reports.
    public static func parse(data: Data, name: String) throws -> RequestList {
        let lowerName = name.lowercased()
        if lowerName.hasSuffix(".xls") || lowerName.hasSuffix(".numbers") || data.starts(with: oleSignature) {
            throw InputError.invalid(
                path: name, line: nil,
                reason: "vouch reads Excel workbooks as .xlsx: save it as .xlsx or CSV and pass that file")
        }
        if lowerName.hasSuffix(".xlsx") || data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            return try WorkbookList.read(data: data, source: name)
        }
        let namedText = [".csv", ".tsv", ".html", ".htm", ".md", ".markdown"].contains { lowerName.hasSuffix($0) }
        if lowerName.hasSuffix(".eml") || (!namedText && MailMessage.looksLikeMessage(data)) {
            return try MailList.read(data: data, source: name)
        }
        let bytes = TextDecodingStream.utf8(data)
        if bytes.contains(0) {
            throw InputError.invalid(path: name, line: nil, reason: "this is binary data, not a list of people")
        }
        let text = TextDecoding.string(from: bytes)
        if isJSON(text, name: lowerName) {
            throw InputError.invalid(
                path: name, line: nil,
                reason:
                    "this is JSON (a report?), not a list of people: give the list as CSV, TSV, .xlsx, text, markdown, HTML or an e-mail"
            )
        }
        let head = text.prefix(2048).lowercased()
        if lowerName.hasSuffix(".html") || lowerName.hasSuffix(".htm")
            || head.contains("<html") || head.contains("<table") || head.contains("<ul")
            || head.contains("<!doctype html")
        {
            return try HTMLRequestList.parse(bytes: bytes, source: name)
        }
        if lowerName.hasSuffix(".csv") || lowerName.hasSuffix(".tsv") {
            return parseDelimited(bytes, source: name)
        }
        let lines = lines(of: text)
        let firstLines = lines.prefix(20).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
        if lowerName.hasSuffix(".md") || lowerName.hasSuffix(".markdown")
            || firstLines.contains(where: { $0.hasPrefix("|") || $0.hasPrefix("- ") || $0.hasPrefix("* ") })
        {
            return RequestTextReader.read(lines, source: name, format: "markdown")
        }
        if let first = firstLines.first, DelimitedColumns(header: splitSimple(first)) != nil {
            return parseDelimited(bytes, source: name)
        }
        return RequestTextReader.read(lines, source: name, format: "text")
    }

    /// Reads text (an e-mail body) as a text list.
    static func parseText(_ text: String, source: String, format: String) -> RequestList {
        RequestTextReader.read(lines(of: text), source: source, format: format)
    }

    static func lines(of text: String) -> [String] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
    }

    /// The first bytes of an old binary Office file (`.xls`, `.doc`).
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    // MARK: - Delimited

    static func parseDelimited(_ bytes: [UInt8], source: String) -> RequestList {
        let table = SmallTable(bytes: bytes)
        let delimiter = table.delimiter
        let skipped = table.malformed
        let rows = table.records.map { record in
            (
                line: record.line,
                cells: (0..<record.count).map { record.string($0).trimmingWhitespace() }
            )
        }
        let format = delimiter == ASCII.tab ? "tsv" : "csv"
        return entries(fromRows: rows, source: source, format: format, skipped: skipped)
    }

    /// Turns table rows (the first may be a header) into entries.
    static func entries(
        fromRows rows: [(line: Int, cells: [String])], source: String, format: String, skipped initial: [SkippedRow]
    ) -> RequestList {
        var skipped = initial
        var entries: [RequestEntry] = []
        var body = rows[...]
        var columns: DelimitedColumns?
        // The header is the first row, or follows a short preamble (`Notes:` and LinkedIn's
        // note above a Connections.csv header): the rows before it are not people.
        let filled = rows.indices.filter { !rows[$0].cells.allSatisfy(\.isEmpty) }.prefix(6)
        if let header = filled.first(where: { DelimitedColumns(header: rows[$0].cells) != nil }),
            let found = DelimitedColumns(header: rows[header].cells)
        {
            columns = found
            for preamble in filled where preamble < header {
                skipped.append(
                    SkippedRow(line: rows[preamble].line, reason: "a note above the list's header, not a person"))
            }
            body = rows[(header + 1)...]
        }
        for row in body {
            if row.cells.allSatisfy(\.isEmpty) { continue }
            let parsed: RequestLineParser.Parsed
            if let columns {
                parsed = columns.parse(row.cells)
            } else {
                parsed = headerless(row.cells)
            }
            append(parsed, line: row.line, to: &entries, skipped: &skipped)
        }
        return RequestList(
            source: source, format: format, entries: entries, skipped: skipped)
    }

    /// Without a header: the first cell is the person (parsed like a text line), a cell with a
    /// profile URL or e-mail is that, the next plain cell the company, the rest the reason.
    static func headerless(_ cells: [String]) -> RequestLineParser.Parsed {
        var parsed = RequestLineParser.parse(cells.first ?? "")
        var rest: [String] = []
        for cell in cells.dropFirst() where !cell.isEmpty {
            if parsed.profileURL == nil, parsed.unresolvableLink == nil, let link = ProfileLink(cell) {
                parsed.link(link)
            } else if parsed.email == nil, RequestLineParser.isEmail(cell) {
                parsed.email = cell
            } else {
                rest.append(cell)
            }
        }
        if parsed.company == nil, !rest.isEmpty { parsed.company = rest.removeFirst() }
        if parsed.reason == nil, !rest.isEmpty { parsed.reason = rest.joined(separator: "; ") }
        return parsed
    }

    /// Removes a list bullet or number (`- `, `* `, `+ `, `1. `, `2) `, `[ ] `).
    static func stripBullet(_ line: String) -> String {
        var text = Substring(line)
        if let first = text.first, "-*+•·".contains(first), text.dropFirst().first == " " {
            text = text.dropFirst(2)
        } else if let dot = text.firstIndex(where: { $0 == "." || $0 == ")" }), text[..<dot].allSatisfy(\.isNumber),
            !text[..<dot].isEmpty, text[text.index(after: dot)...].first == " "
        {
            text = text[text.index(after: dot)...]
        }
        let trimmed = text.trimmingWhitespace()
        for box in ["[ ] ", "[x] ", "[X] "] where trimmed.hasPrefix(box) {
            return String(trimmed.dropFirst(box.count))
        }
        return trimmed
    }

    /// Unwraps markdown emphasis and links (`**Jane**`, `[Jane Doe](https://…/in/jane)` keeps the URL).
    static func stripMarkdown(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "*" || $0 == "_" || $0 == "[" || $0 == "`" }) else {
            return text
        }
        var output = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        // [label](url) -> label url
        while let open = output.range(of: "["),
            let mid = output.range(of: "](", range: open.upperBound..<output.endIndex),
            let close = output.range(of: ")", range: mid.upperBound..<output.endIndex)
        {
            let label = output[open.upperBound..<mid.lowerBound]
            let url = output[mid.upperBound..<close.lowerBound]
            output.replaceSubrange(open.lowerBound..<close.upperBound, with: label + " " + url)
        }
        return output.replacingOccurrences(of: "`", with: "")
    }

    static func splitSimple(_ line: String) -> [String] {
        let separator: Character = line.contains("\t") ? "\t" : line.contains(";") && !line.contains(",") ? ";" : ","
        return line.split(separator: separator, omittingEmptySubsequences: false).map {
            $0.trimmingWhitespace()
        }
    }

    static func append(
        _ parsed: RequestLineParser.Parsed, line: Int, doubt: String? = nil, to entries: inout [RequestEntry],
        skipped: inout [SkippedRow]
    ) {
        let name = parsed.name
        if let nobody = parsed.namesNobody, name.isEmpty && !parsed.hasAddress {
            skipped.append(SkippedRow(line: line, reason: nobody))
            return
        }
        if name.isEmpty && !parsed.hasAddress {
            skipped.append(SkippedRow(line: line, reason: "no name, profile link or e-mail"))
            return
        }
        if !name.isEmpty && !parsed.hasAddress, let reason = TextShape.notANameReason(name) {
            skipped.append(SkippedRow(line: line, reason: reason))
            return
        }
        let query = PersonQuery(
            name: TextDecoding.repairMojibake(name), company: parsed.company, profileURL: parsed.profileURL,
            email: parsed.email)
        let swapped = parsed.swappedName.map {
            PersonQuery(
                name: TextDecoding.repairMojibake($0), company: parsed.swappedCompany, profileURL: parsed.profileURL,
                email: parsed.email)
        }
        entries.append(
            RequestEntry(
                position: entries.count + 1, line: line, query: query,
                title: parsed.title.flatMap { $0.isEmpty ? nil : $0 },
                reason: parsed.reason.flatMap { $0.isEmpty ? nil : $0 },
                doubt: doubt ?? TextShape.doubt(aboutName: name),
                unresolvableLink: parsed.unresolvableLink, swappedQuery: swapped))
    }
}
