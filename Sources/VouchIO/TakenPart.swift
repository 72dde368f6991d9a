import Foundation

/// The part a thread takes from the other when it finishes first: its fold, and whether its
/// reader ended between two records (nil when reading it failed). Which part it was taken
/// from, if any, is ``PartLimits/takenFrom``.
final class TakenPart<Fold>: @unchecked Sendable {
    var fold: Fold
    var atRecordBoundary: Bool?

    init(fold: Fold) {
        self.fold = fold
    }
}
