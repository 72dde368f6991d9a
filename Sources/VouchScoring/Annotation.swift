import Foundation
import VouchIdentity

/// What the owner says about a person: the closeness an export cannot see.
public struct Annotation: Sendable, Hashable {
    /// Who: a profile URL and/or a name.
    public let query: PersonQuery
    /// A tier that overrides the model, if given.
    public let tier: RelationshipTier?
    /// Free tags (`client`, `friend`, `church`, `networking-group`, `family`, …).
    public let tags: [String]
    public let note: String
    /// The line in the annotations file.
    public let line: Int
}
