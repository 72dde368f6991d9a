import VouchIO

/// The messages of one part of `messages.csv`, read on its own thread (see ``SplitRead``):
/// their fold and the file's account of them.
struct MessagePart: PartFold {
    var folder: MessageFolder
    var ledger: FileLedger
    /// The physical lines the part's bytes span: a later part's line numbers count on from
    /// there.
    var lines = 0

    var isStreaming: Bool { folder.isStreaming }

    /// Merges the part after this one; its rows' line numbers become the whole file's.
    mutating func absorb(_ later: consuming MessagePart) {
        ledger.append(later.ledger, lineOffset: lines)
        lines += later.lines
        folder.absorb(later.folder)
    }
}
