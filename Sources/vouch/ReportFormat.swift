import ArgumentParser
import VouchKit

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

/// The formats one command writes: what its `--format` offers and accepts.
protocol FormatChoice: ExpressibleByArgument, CaseIterable, Equatable {
    var format: ReportFormat { get }
}

extension ReportFormat: FormatChoice {
    var format: ReportFormat { self }
}

/// What `inspect` writes: a report for people or for tools, no page.
enum InspectFormat: String, FormatChoice {
    case markdown, json

    var format: ReportFormat {
        switch self {
        case .markdown: return .markdown
        case .json: return .json
        }
    }
}
