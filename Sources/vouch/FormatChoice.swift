import ArgumentParser

/// The formats one command writes: what its `--format` offers and accepts.
protocol FormatChoice: ExpressibleByArgument, CaseIterable, Equatable {
    var format: ReportFormat { get }
}

extension ReportFormat: FormatChoice {
    var format: ReportFormat { self }
}
