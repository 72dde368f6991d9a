import Foundation

/// The part a thread takes from the other when it finishes first: its fold, and whether its
/// reader ended between two records (nil when reading it failed).
final class TakenPart<Fold>: @unchecked Sendable {
    var fold: Fold
    var atRecordBoundary: Bool?
    /// The part it was taken from; nil when nothing was taken.
    var victim: Int?

    init(fold: Fold) {
        self.fold = fold
    }
}
