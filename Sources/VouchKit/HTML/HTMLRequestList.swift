/// Reads a request list from an HTML page: tables with a header row, list items, and links
/// to `/in/` profiles outside both. Scripts, styles and hidden elements are ignored.
enum HTMLRequestList {
    static func parse(bytes: [UInt8], source: String) throws -> RequestList {
        guard bytes.count <= ConnectionPageReader.maxPageBytes else {
            throw InputError.invalid(
                path: source, line: nil,
                reason:
                    "this HTML list is \(bytes.count >> 20) MB; vouch reads HTML lists up to \(ConnectionPageReader.maxPageBytes >> 20) MB. Save it as CSV or text"
            )
        }
        guard let document = HTMLDocument(bytes: bytes), let root = document.root else {
            throw InputError.invalid(path: source, line: nil, reason: "the HTML page has no content vouch can read")
        }
        var rows: [(line: Int, cells: [String])] = []
        var tables: [[(line: Int, cells: [String])]] = []
        var items: [(line: Int, text: String)] = []
        root.walk { node in
            guard node.isElement else { return true }
            switch node.name {
            case "table":
                rows = []
                node.walk { inner in
                    guard inner.isElement else { return true }
                    if inner.name == "tr" {
                        var cells: [String] = []
                        var child = inner.firstChild
                        while let cell = child {
                            if cell.isElement, cell.name == "td" || cell.name == "th", !cell.isInvisible {
                                cells.append(cellText(cell))
                            }
                            child = cell.nextSibling
                        }
                        if !cells.isEmpty { rows.append((inner.line, cells)) }
                        return false
                    }
                    return true
                }
                tables.append(rows)
                return false
            case "li":
                items.append((node.line, cellText(node)))
                return false
            case "a":
                if let href = node.attribute("href"), ProfileKey(url: href) != nil {
                    items.append((node.line, node.text + " " + href))
                }
                return false
            default:
                return true
            }
        }
        var entries: [RequestEntry] = []
        var skipped: [SkippedRow] = []
        for table in tables where !table.isEmpty {
            let list = RequestListReader.entries(fromRows: table, source: source, format: "html", skipped: [])
            entries += list.entries
            skipped += list.skipped
        }
        for item in items {
            RequestListReader.append(
                RequestLineParser.parse(item.text), line: item.line, to: &entries, skipped: &skipped)
        }
        return RequestList(source: source, format: "html", entries: entries, skipped: skipped)
    }

    /// A cell's text, with the href of a profile link inside it appended so it can be matched.
    private static func cellText(_ node: HTMLNode) -> String {
        var text = node.text
        node.walk { inner in
            if inner.isElement, inner.name == "a", let href = inner.attribute("href"), ProfileKey(url: href) != nil {
                text += " " + href
                return false
            }
            return true
        }
        return text
    }
}
