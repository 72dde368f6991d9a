import VouchIdentity
import VouchIngest
import VouchScoring
import VouchVetting

/// `--format html`: one self-contained page (inline CSS and SVG, no scripts, no external
/// requests) with the same content as the markdown report, readable on a phone and printable.
/// Every piece of text from an export or a list goes through ``HTMLReport/text(_:limit:)``
/// (or ``HTMLReport/escape(_:)``), and the page holds its shape whatever the text: long
/// words and URLs wrap anywhere, text past a few hundred characters is cut with the whole of
/// it kept in the element's title, and every table becomes a stack of cards on a phone.
public enum HTMLReport {
    /// How many characters of one value are shown; the rest is in the title.
    public static let shownCharacters = 300

    /// Text from an input, escaped for element content; past `limit` characters, cut with
    /// an ellipsis (never inside an address, number or URL that `--redact` masks) and the
    /// whole text kept in a `title` the reader can hover or long-press.
    public static func text(_ value: String, limit: Int = shownCharacters) -> String {
        guard value.count > limit else { return escape(value) }
        let shown = Redaction.prefix(of: value, characters: limit)
        return "<span class=\"cut\" title=\"\(escape(value))\">\(escape(String(shown)))…</span>"
    }

    /// Escapes text for HTML element content and attribute values.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&#39;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The analyze report as a page.
    public static func analyze(_ analysis: Analysis, maxListed: Int = 25) -> String {
        let counts = analysis.tierCounts
        let owner = analysis.export.owner.name ?? "your network"
        let lists = AnalyzeReport.Sections(analysis, limit: maxListed)
        var body = "<h1>Relationship depth: \(text(owner))</h1>\n<p class=\"meta\">As of \(analysis.asOfText)</p>\n"
        body += "<p class=\"lead\">\(text(AnalyzeReport.headline(analysis, lists)))</p>\n"
        if let notice = analysis.coverage.notice {
            body += "<p class=\"warning\"><b>What is missing:</b> \(text(notice))</p>\n"
        }
        body += barChart(
            title: "Connections by tier",
            bars: [
                ("trusted", counts[.trusted] ?? 0, "#1b7f3b"), ("familiar", counts[.familiar] ?? 0, "#2f6db5"),
                ("nominal", counts[.nominal] ?? 0, "#9aa0a6"), ("dormant", lists.dormant.total, "#c77700"),
            ])
        let sections: [(String, AnalyzeReport.Listing, String, String?)] = [
            ("Trusted: people you could vouch for", lists.trusted, "Nobody yet.", lists.quietNote(.trusted)),
            ("Dormant strong ties worth reconnecting", lists.dormant, "None.", nil),
            ("Familiar", lists.familiar, "None.", lists.quietNote(.familiar)),
        ]
        for (title, listing, empty, note) in sections {
            body += "<h2>\(escape(title)) (\(listing.total))</h2>\n"
            if let note { body += "<p>\(escape(note))</p>\n" }
            if listing.total == 0 {
                body += "<p>\(escape(empty))</p>\n"
                continue
            }
            body += "<ul class=\"people\">\n"
            for depth in listing.shown {
                let connection = analysis.connection(depth)
                let work = [connection.position, connection.company].filter { !$0.isEmpty }.joined(separator: ", ")
                let tags = depth.tags.map { "<span class=\"tag\">\(text($0))</span>" }.joined(separator: " ")
                body +=
                    "<li><b>\(text(connection.name))</b>"
                    + (work.isEmpty ? "" : " <span class=\"work\">\(text(work))</span>") + " \(tags)"
                body += "<ul>" + depth.evidence.map { "<li>\(text($0))</li>" }.joined() + "</ul></li>\n"
            }
            if listing.total > listing.shown.count {
                body += "<li>… and \(listing.total - listing.shown.count) more (see the JSON report)</li>\n"
            }
            body += "</ul>\n"
        }
        let clusters = AnalyzeReport.clusters(analysis)
        if !clusters.isEmpty {
            body +=
                "<h2>Former colleagues</h2>\n<p>People who now work where you used to. A list drawn from these is often \"half from my previous job\".</p>\n"
            body += table(
                ["former employer", "connections there", "trusted", "familiar", "nominal"],
                clusters.map { [text($0.employer), "\($0.count)", "\($0.trusted)", "\($0.familiar)", "\($0.nominal)"] })
        }
        body +=
            "<h2>Sanity check</h2>\n<ul>"
            + AnalyzeReport.sanityNotes(analysis).map { "<li>\(text($0))</li>" }.joined() + "</ul>\n"
        body += ledgerTable(analysis.export.ledger)
        return page(title: "Relationship depth: \(owner)", body: body)
    }

    /// The vet report as a page.
    public static func vet(_ result: VetResult) -> String {
        let connections = result.analysis.export.connections
        var body =
            "<h1>Introduction request: \(text(result.list.source))</h1>\n<p class=\"meta\">As of \(result.analysis.asOfText)</p>\n"
        body += "<p class=\"verdict \(result.verdict.rawValue)\">\(text(result.summary))</p>\n"
        body += "<p>\(text(VetReport.countsLine(result))).</p>\n"
        if let notice = result.analysis.coverage.notice {
            body += "<p class=\"warning\"><b>What is missing:</b> \(text(notice))</p>\n"
        }
        if let note = VetReport.asOfNote(result.analysis) {
            body += "<p class=\"warning\"><b>After the export:</b> \(text(note)).</p>\n"
        }
        let colours: [IntroVerdict: String] = [
            .vouch: "#1b7f3b", .reconnectFirst: "#c77700", .needsReason: "#2f6db5", .blind: "#b3261e",
            .notConnected: "#6b6b6b", .ambiguous: "#7b4fa0",
        ]
        body += barChart(
            title: "Targets by verdict",
            bars: IntroVerdict.allCases.map { ($0.rawValue, result.count($0), colours[$0] ?? "#888") })
        if let requester = result.requester {
            let (who, standing) = VetReport.requesterStanding(requester)
            body +=
                "<h2>The requester</h2>\n<p><b>\(text(who))</b>: \(text(standing)).</p>\n"
                + (requester.evidence.isEmpty
                    ? "" : "<ul>" + requester.evidence.map { "<li>\(text($0))</li>" }.joined() + "</ul>\n")
            if requester.prematureSolicitation {
                body +=
                    "<p class=\"warning\"><b>Premature solicitation.</b> Referrals flow after people know each other and have seen each other's work (visibility, credibility, then profitability). Asking a near-stranger for introductions skips both.</p>\n"
            }
        } else {
            body += "<h2>The requester</h2>\n<p>\(text(VetReport.unknownRequester(result.list)))</p>\n"
        }
        body += "<h2>The people on the list</h2>\n"
        var rows: [[String]] = []
        for target in result.targets {
            let asked = VetReport.askedText(target)
            var matched = "—"
            if case .matched(let index, _, _) = target.match {
                let connection = connections[index]
                matched = connection.name + (connection.company.isEmpty ? "" : " (\(connection.company))")
            } else if case .ambiguous(let candidates) = target.match {
                matched = "\(candidates.count) candidates"
            }
            let tier = VetReport.tierText(target)
            let badge =
                "<span class=\"badge\" style=\"background:\(colours[target.verdict] ?? "#888")\">\(target.verdict.rawValue)</span>"
                + (VetReport.verdictNote(target, result).map { " " + text($0) } ?? "")
            let why = target.evidence.prefix(4).map { text($0) }.joined(separator: "; ")
            rows.append(["\(target.entry.position)", text(asked), text(matched), text(tier), badge, why])
        }
        body += table(["#", "as asked", "matched to", "tier", "verdict", "why"], rows)
        if !result.list.skipped.isEmpty {
            body +=
                "<ul>"
                + result.list.skipped.map { "<li>List line \($0.line) skipped: \(text($0.reason))</li>" }.joined()
                + "</ul>\n"
        }
        body +=
            "<h2>Patterns</h2>\n<ul>"
            + result.signals.map {
                "<li>\($0.isWarning ? "⚠ " : "")<code>\(escape($0.id))</code>: \(text($0.summary))</li>"
            }.joined() + "</ul>\n"
        body += "<h2>Next steps</h2>\n"
        for block in VetReport.nextStepBlocks(result) {
            switch block {
            case .paragraph(let line): body += "<p><b>\(text(line, limit: 2 * shownCharacters))</b></p>\n"
            case .quote(let line): body += "<blockquote>\(text(line, limit: 2 * shownCharacters))</blockquote>\n"
            case .bullet(let line): body += "<p>• \(text(line, limit: 2 * shownCharacters))</p>\n"
            }
        }
        return page(title: "Introduction request: \(result.list.source)", body: body)
    }

    /// A horizontal bar chart as inline SVG with a text table fallback for screen readers.
    static func barChart(title: String, bars: [(String, Int, String)]) -> String {
        let maxValue = max(1, bars.map(\.1).max() ?? 1)
        let rowHeight = 28
        let height = bars.count * rowHeight + 8
        var svg =
            "<figure><svg role=\"img\" aria-label=\"\(escape(title))\" viewBox=\"0 0 400 \(height)\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\">\n<title>\(escape(title))</title>\n"
        for (offset, bar) in bars.enumerated() {
            let y = offset * rowHeight + 4
            let width = Int((Double(bar.1) / Double(maxValue)) * 250)
            svg += "<text x=\"0\" y=\"\(y + 17)\" font-size=\"13\">\(escape(bar.0))</text>"
            svg +=
                "<rect x=\"110\" y=\"\(y + 4)\" width=\"\(max(width, 1))\" height=\"18\" rx=\"3\" fill=\"\(bar.2)\"/>"
            svg += "<text x=\"\(116 + width)\" y=\"\(y + 17)\" font-size=\"13\">\(bar.1)</text>\n"
        }
        svg += "</svg><figcaption>\(escape(title))</figcaption></figure>\n"
        return svg
    }

    static func ledgerTable(_ ledger: IngestLedger) -> String {
        "<h2>Data coverage</h2>\n"
            + table(
                ["file", "read as", "rows", "used", "skipped"],
                ledger.files.map {
                    [
                        text($0.name), text("\($0.kind.name), \($0.encoding)"), "\($0.rows)", "\($0.used)",
                        "\($0.skippedCount)",
                    ]
                })
    }

    /// A table of cells already made HTML, under plain-text headers. On a wide screen it is a
    /// table; on a phone each row is a card with every cell labelled by its header. A column
    /// of short values (counts, tiers) keeps its words whole; the others may break anywhere.
    static func table(_ headers: [String], _ rows: [[String]]) -> String {
        let short = headers.indices.map { column in rows.allSatisfy { $0[column].count <= 24 } }
        func open(_ tag: String, _ column: Int) -> String { short[column] ? "<\(tag) class=\"short\"" : "<\(tag)" }
        var html = "<div class=\"scroll\"><table class=\"cards\">\n<thead><tr>"
        html += headers.enumerated().map { open("th", $0) + ">\(escape($1))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in rows {
            html += "<tr>"
            for (column, cell) in row.enumerated() where column < headers.count {
                html += open("td", column) + " data-label=\"\(escape(headers[column]))\">\(cell)</td>"
            }
            html += "</tr>\n"
        }
        return html + "</tbody></table></div>\n"
    }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(escape(title))</title>
        <style>
        body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 60rem; margin: 0 auto; padding: 1rem; color: #1f1f1f; overflow-wrap: anywhere; word-break: break-word; }
        h1 { font-size: 1.5rem; margin-bottom: 0; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
        .meta { color: #666; margin-top: 0; } .lead, .verdict { font-size: 1.1rem; }
        .verdict { padding: .75rem 1rem; border-radius: 6px; background: #f3f3f3; font-weight: 600; }
        .verdict.list-pushing { background: #fdecea; } .verdict.targeted { background: #e8f5e9; } .verdict.mixed { background: #fff4e5; }
        .warning { background: #fdecea; padding: .5rem 1rem; border-radius: 6px; }
        .scroll { overflow-x: auto; } table { border-collapse: collapse; width: 100%; font-size: .92rem; }
        .cut { text-decoration: underline dotted #999; cursor: help; } .short { overflow-wrap: normal; word-break: normal; }
        th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #e5e5e5; }
        .badge { color: #fff; border-radius: 4px; padding: 0 .4rem; white-space: nowrap; font-size: .85rem; overflow-wrap: normal; word-break: normal; }
        .tag { background: #eef; border-radius: 4px; padding: 0 .35rem; font-size: .85rem; }
        .work { color: #555; } ul.people > li { margin-bottom: .5rem; } figure { margin: 1rem 0; max-width: 28rem; }
        figcaption { font-size: .85rem; color: #666; }
        blockquote { border-left: 4px solid #ccc; margin: .5rem 0; padding: .25rem 1rem; color: #333; background: #fafafa; }
        @media (max-width: 40rem) {
          table.cards thead { display: none; }
          table.cards, table.cards tbody, table.cards tr, table.cards td { display: block; width: auto; }
          table.cards tr { border: 1px solid #e5e5e5; border-radius: 6px; margin-bottom: .75rem; padding: .25rem .5rem; }
          table.cards td { border: none; padding: .15rem 0; }
          table.cards td::before { content: attr(data-label) ": "; color: #666; font-size: .85rem; }
        }
        @media print { body { max-width: none; } .scroll { overflow: visible; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
        </style>
        </head>
        <body>
        \(body)<footer><p class="meta">Written by vouch from your own LinkedIn export; nothing was sent anywhere.</p></footer>
        </body>
        </html>

        """
    }
}
