import ArgumentParser
import VouchIO

/// Report formats.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case markdown, json, html

    /// The format a file's name asks for by its extension (`.md`, `.json`, `.html`); nil for
    /// any other name.
    static func named(by path: String) -> ReportFormat? {
        switch PathName.fileExtension(path) {
        case "md", "markdown": return .markdown
        case "json": return .json
        case "html", "htm": return .html
        default: return nil
        }
    }

    /// The extension of a file in this format.
    var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "json"
        case .html: return "html"
        }
    }

    /// What the format is for, in `--help`.
    var purpose: String {
        switch self {
        case .markdown: return "markdown (for people)"
        case .json: return "json (for tools)"
        case .html: return "html (one self-contained page to read or forward)"
        }
    }
}
