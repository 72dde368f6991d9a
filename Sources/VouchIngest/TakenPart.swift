import Foundation

/// The part a thread takes from the other when it finishes first: its fold, and where it
/// ended (nil when reading it failed).
final class TakenPart: @unchecked Sendable {
    var folder: MessageFolder
    var ledger: FileLedger
    var end: TableReadEnd?
    /// The part it was taken from; nil when nothing was taken.
    var victim: Int?

    init(folder: MessageFolder, ledger: FileLedger) {
        self.folder = folder
        self.ledger = ledger
    }
}
