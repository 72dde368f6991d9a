import ArgumentParser

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
