import Foundation
import VouchIO

/// Annotations matched to connections, and the lines that matched nobody.
public struct AnnotationSet: Sendable {
    /// Annotations by connection index.
    public var byConnection: [Int: Annotation] = [:]
    /// Lines that could not be used or matched, with the reason.
    public var unmatched: [SkippedRow] = []
    /// The file they came from.
    public var source: String?

    public init() {}
}
