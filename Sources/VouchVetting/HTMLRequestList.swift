import VouchIO
import VouchIngest

/// Reads a request list from an HTML page or HTML e-mail: tables with a header row, and the
/// rest of the page as lines of text (paragraphs, line breaks, list items, links to `/in/`
/// profiles), read like a text list so greetings, prose and signatures are skipped with their
/// reason. Scripts, styles and hidden elements are ignored.
enum HTMLRequestList {
    /// Reads the page; `isUTF8` when the bytes are UTF-8 whatever the page declares.
    static func parse(bytes: [UInt8], source: String, format: String = "html", isUTF8: Bool = false) throws
        -> RequestList
    {
        guard bytes.count <= ConnectionPageReader.maxPageBytes else {
            throw InputError.invalid(
                path: source, line: nil,
                reason:
                    "this HTML list is \(bytes.count >> 20) MB; vouch reads HTML lists up to \(ConnectionPageReader.maxPageBytes >> 20) MB. Save it as CSV or text"
            )
        }
        guard let document = HTMLDocument(bytes: bytes, isUTF8: isUTF8), let root = document.root else {
            throw InputError.invalid(path: source, line: nil, reason: "the HTML page has no content vouch can read")
        }
        // Text lines and tables in document order, each at the source line where it starts.
        var pieces: [RequestTextReader.Piece] = []
        var current = ""
        var currentLine = 0
        var depthParent: HTMLNode?
        var depthOfParent = 0
        func breakLine() {
            if !current.trimmingWhitespace().isEmpty {
                pieces.append(.line(currentLine, HTMLNode.collapseKeepingIndent(current)))
            }
            current = ""
        }
        func add(_ text: String, line: Int) {
            if current.trimmingWhitespace().isEmpty && !text.trimmingWhitespace().isEmpty { currentLine = line }
            current += text
        }
        root.walk { node in
            if node.isText {
                add(" " + node.content, line: textStartLine(node))
                return false
            }
            guard node.isElement else { return true }
            switch node.name {
            case "table":
                breakLine()
                let rows = tableRows(node)
                if !rows.isEmpty { pieces.append(.table(rows)) }
                return false
            case "li":
                breakLine()
                // Siblings share a depth: climbing once per list keeps deep pages linear.
                let parent = node.parent
                if parent != depthParent {
                    depthParent = parent
                    depthOfParent = listDepth(node)
                }
                let depth = depthOfParent
                add(String(repeating: "  ", count: depth) + "- " + cellText(node), line: node.line)
                breakLine()
                return false
            case "a":
                if let href = node.attribute("href"), ProfileLink(href) != nil {
                    add(" " + node.text + " " + href, line: node.line)
                    return false
                }
                return true
            case "br", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "ul", "ol", "pre",
                "section", "article", "header", "footer", "body":
                breakLine()
                if node.name.hasPrefix("h") && node.name.count == 2 {
                    add("# ", line: node.line)
                } else if node.name == "blockquote" {
                    add("> " + node.text, line: node.line)
                    breakLine()
                    return false
                }
                return true
            default:
                return true
            }
        }
        breakLine()
        var list = RequestTextReader.read(pieces: pieces, source: source, format: format)
        let lines = pieces.compactMap { piece -> String? in
            if case .line(_, let text) = piece { return text }
            return nil
        }
        list.forwardedSender = MailList.forwardedSender(in: lines.joined(separator: "\n"))
        return list
    }

    private static func tableRows(_ table: HTMLNode) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        table.walk { inner in
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
        return rows
    }

    /// The source line where a text node's first character is. libxml2 records a text
    /// node's line when its first run of characters has been read, so a run that ends in a
    /// line break is one line late: count back its line breaks, but never before the node
    /// that precedes it.
    private static func textStartLine(_ node: HTMLNode) -> Int {
        let content = node.content.utf8
        let breaks = content.reduce(0) { $0 + ($1 == ASCII.lineFeed ? 1 : 0) }
        let leading = content.prefix {
            $0 == ASCII.lineFeed || $0 == ASCII.space || $0 == ASCII.tab || $0 == ASCII.carriageReturn
        }
        .reduce(0) { $0 + ($1 == ASCII.lineFeed ? 1 : 0) }
        let before = (node.previousSibling ?? node.parent)?.line ?? 0
        return max(node.line - breaks + leading, before, 1)
    }

    /// How many lists enclose a list item, beyond the first.
    private static func listDepth(_ item: HTMLNode) -> Int {
        var depth = 0
        var node = item.parent
        while let current = node {
            if current.isElement, current.name == "ul" || current.name == "ol" { depth += 1 }
            node = current.parent
        }
        return max(0, depth - 1)
    }

    /// A cell's text, with the href of a profile link inside it appended so it can be matched.
    private static func cellText(_ node: HTMLNode) -> String {
        var text = node.text
        node.walk { inner in
            if inner.isElement, inner.name == "a", let href = inner.attribute("href"), ProfileLink(href) != nil {
                text += " " + href
                return false
            }
            return true
        }
        return text
    }
}

extension HTMLNode {
    /// Collapses white space as ``collapse(_:)`` does, but keeps the leading spaces that
    /// mark a nested list item.
    static func collapseKeepingIndent(_ text: String) -> String {
        let indent = text.prefix { $0 == " " }
        let body = collapse(String(text.dropFirst(indent.count)))
        return body.hasPrefix("- ") ? String(indent) + body : body
    }
}
