/// A fold over part of a table that can be merged with the fold of the part after it, so
/// that a file read in parts on several threads gives what one pass over it gives (see
/// ``SplitRead``). The rows themselves are folded by whoever reads the part; this is what
/// the split read needs to know of the result.
package protocol PartFold {
    /// True when the fold kept nothing that needs the rest of the file to be right (it folded
    /// its rows as a stream): only such folds are merged. Asked once the part is read.
    var isStreaming: Bool { get }

    /// Merges `later`, the fold of the part that follows this one in the file (every part
    /// between them already merged into this one), into what one fold over both parts gives.
    mutating func absorb(_ later: consuming Self)
}
