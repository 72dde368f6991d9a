import Foundation
import VouchIO
import VouchIngest

/// Reads a request list from an Excel workbook (`.xlsx`): the first sheet, in the
/// workbook's order, whose first non-empty row is a recognisable header; else the first sheet
/// with any rows, read as a list without a header. Shared and inline strings, numbers and
/// empty cells are read; formulas give their saved value. Line numbers are row numbers.
enum WorkbookList {
    /// A workbook part larger than this, inflated, is refused (a list is a few kilobytes).
    static let maxPartBytes = 32 << 20

    static func read(data: Data, source: String) throws -> RequestList {
        let archive = try open(data, source: source)
        func invalid(_ reason: String) -> InputError { .invalid(path: source, line: nil, reason: reason) }
        var members: [String: ZipArchive.Member] = [:]
        for member in archive.members where !member.isDirectory { members[member.name] = member }
        func part(_ name: String) throws -> XMLTree? {
            guard let member = members[name] else { return nil }
            guard member.size <= UInt64(maxPartBytes) else {
                throw invalid("the workbook part \(name) is larger than \(maxPartBytes >> 20) MB; save the list as CSV")
            }
            var bytes: [UInt8] = []
            do {
                try archive.read(member) { bytes.append(contentsOf: $0) }
            } catch let error as SourceError {
                throw invalid(
                    "this .xlsx file is damaged (\(IngestError(error).message)); save it again as .xlsx or CSV")
            }
            guard let tree = XMLTree(bytes: bytes) else {
                throw invalid("the workbook part \(name) is not XML vouch can read; save the list as CSV")
            }
            return tree
        }
        guard members["xl/workbook.xml"] != nil else {
            if members.keys.contains(where: { ($0.lowercased() as NSString).lastPathComponent == "connections.csv" }) {
                throw invalid(
                    "this is a LinkedIn data export (it has Connections.csv), not a request list; pass the export first and the list of people with --list"
                )
            }
            throw invalid(
                "this is a zip file but not an Excel workbook (no xl/workbook.xml); save the list as .xlsx or CSV")
        }
        let strings = try part("xl/sharedStrings.xml").map(sharedStrings) ?? []
        var sheets: [[(line: Int, cells: [String])]] = []
        for path in try sheetPaths(workbook: part("xl/workbook.xml"), relations: part("xl/_rels/workbook.xml.rels")) {
            if let sheet = try part(path) { sheets.append(rows(of: sheet, strings: strings)) }
        }
        if sheets.isEmpty {
            for path in members.keys.sorted() where path.hasPrefix("xl/worksheets/") && path.hasSuffix(".xml") {
                if let sheet = try part(path) { sheets.append(rows(of: sheet, strings: strings)) }
            }
        }
        let chosen =
            sheets.first { rows in rows.first.map { DelimitedColumns(header: $0.cells) != nil } ?? false }
            ?? sheets.first { !$0.isEmpty }
        guard let chosen else { throw invalid("the workbook's sheets are empty: no list of people") }
        return RequestListReader.entries(fromRows: chosen, source: source, format: "xlsx", skipped: [])
    }

    /// Opens the workbook's bytes, already in memory, as a zip archive.
    private static func open(_ data: Data, source: String) throws -> ZipArchive {
        do {
            return try ZipArchive(bytes: [UInt8](data), path: source)
        } catch {
            throw InputError.invalid(
                path: source, line: nil,
                reason: "this .xlsx file is not a readable workbook; save it again as .xlsx or CSV")
        }
    }

    /// The sheets' parts in the workbook's order.
    private static func sheetPaths(workbook: XMLTree?, relations: XMLTree?) -> [String] {
        var targets: [String: String] = [:]
        for node in elements(relations?.root, named: "relationship") {
            if let id = node.attribute("Id"), let target = node.attribute("Target") {
                targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        }
        return elements(workbook?.root, named: "sheet").compactMap { sheet in
            sheet.attribute("id").flatMap { targets[$0] }
        }
    }

    /// The shared strings table: each `<si>`'s text runs, phonetic guides left out.
    private static func sharedStrings(_ tree: XMLTree) -> [String] {
        elements(tree.root, named: "si").map(text)
    }

    /// The sheet's rows as cells by column; empty rows are left out.
    private static func rows(of sheet: XMLTree, strings: [String]) -> [(line: Int, cells: [String])] {
        var rows: [(line: Int, cells: [String])] = []
        for row in elements(sheet.root, named: "row") {
            let number = row.attribute("r").flatMap { Int($0) } ?? (rows.last?.line ?? 0) + 1
            var cells: [String] = []
            for cell in children(row) where cell.name == "c" {
                let column = cell.attribute("r").flatMap(columnIndex) ?? cells.count
                guard column < 16_384 else { continue }
                var value = ""
                switch cell.attribute("t") {
                case "s":
                    let index = children(cell).first { $0.name == "v" }.map(text).flatMap { Int($0) }
                    value = index.flatMap { $0 >= 0 && $0 < strings.count ? strings[$0] : nil } ?? ""
                case "inlineStr":
                    value = children(cell).first { $0.name == "is" }.map(text) ?? ""
                default:
                    value = children(cell).first { $0.name == "v" }.map(text) ?? ""
                }
                while cells.count < column { cells.append("") }
                if cells.count == column { cells.append(value.trimmingWhitespace()) }
            }
            if cells.contains(where: { !$0.isEmpty }) { rows.append((number, cells)) }
        }
        return rows
    }

    /// `B7` → 1.
    static func columnIndex(_ reference: String) -> Int? {
        var column = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            column = column * 26 + Int(scalar.value - 64)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    // MARK: - Walking the XML

    private static func children(_ node: HTMLNode) -> [HTMLNode] {
        var result: [HTMLNode] = []
        var child = node.firstChild
        while let current = child {
            if current.isElement { result.append(current) }
            child = current.nextSibling
        }
        return result
    }

    /// The elements called `name` (lower-cased) in document order, not looking inside them.
    private static func elements(_ root: HTMLNode?, named name: String) -> [HTMLNode] {
        guard let root else { return [] }
        var found: [HTMLNode] = []
        var stack = [root]
        while let node = stack.popLast() {
            if node.name == name {
                found.append(node)
                continue
            }
            stack += children(node).reversed()
        }
        return found
    }

    /// The text of a node's `<t>` and `<v>` descendants, outside phonetic runs (`<rPh>`).
    private static func text(_ node: HTMLNode) -> String {
        var parts: [String] = []
        var stack = [node]
        while let current = stack.popLast() {
            if current.isText {
                parts.append(current.content)
                continue
            }
            guard current.isElement, current.name != "rph", current.name != "phoneticpr" else { continue }
            var child = current.firstChild
            var childNodes: [HTMLNode] = []
            while let next = child {
                childNodes.append(next)
                child = next.nextSibling
            }
            stack += childNodes.reversed()
        }
        return parts.joined()
    }
}
