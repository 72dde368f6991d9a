import VouchIO

/// How `messages.csv` was read, decided exactly from the file and what was read before it.
///
/// The fast way is once, in parts on two threads, folding each conversation as the next one
/// starts (memory stays bounded). Every way the read differed from that has a reason here,
/// in the order it was found; none means the fast way.
public struct ReadMethod: Sendable, Equatable {
    /// Why a file was not read the fast way.
    public enum Reason: String, Sendable, CaseIterable {
        /// Under 8 MB: a second thread is not worth it.
        case smallFile = "small-file"
        /// The source cannot be read from an offset, or does not say how big the file is.
        case notSeekable = "not-seekable"
        /// The file's encoding and header were not settled from its first bytes (a UTF-16
        /// file, or a preamble longer than the bytes sniffed).
        case layoutUnknown = "layout-unknown"
        /// No place near the middle where the rows after a line break are whole records.
        case noRecordBoundary = "no-record-boundary"
        /// The parts read on two threads did not meet between two records; they were thrown
        /// away and the file read again whole.
        case partsDidNotMeet = "parts-did-not-meet"
        /// The rows have no conversation ids (an older export).
        case noConversationIDs = "no-conversation-ids"
        /// A direction column (the 2018 export) names the owner only as rows are read.
        case directionColumn = "direction-column"
        /// The owner was not known before messages (no Profile.csv, no outgoing invitations).
        case ownerUnknown = "owner-unknown"
        /// A conversation's rows were not all together: the streamed read was thrown away
        /// and the file read again, keeping every conversation until the end.
        case conversationsNotGrouped = "conversations-not-grouped"

        /// The reason in words, for reports.
        public var explanation: String {
            switch self {
            case .smallFile: "it is smaller than \(SplitRead.minimumSize >> 20) MB, not worth a second thread"
            case .notSeekable: "its source cannot be read from an offset"
            case .layoutUnknown: "its encoding and header were not settled from its first bytes"
            case .noRecordBoundary: "no place to split it between two records was found near its middle"
            case .partsDidNotMeet:
                "its two parts did not meet between two records (a message with line breaks across the split), so it was read again whole"
            case .noConversationIDs: "its rows have no conversation ids"
            case .directionColumn: "its direction column names the owner only as rows are read"
            case .ownerUnknown: "the owner was not known before it (from Profile.csv or outgoing invitations)"
            case .conversationsNotGrouped:
                "the rows of a conversation were not all together, so it was read again keeping every conversation"
            }
        }

        /// The split read's reason, which is about the file's bytes.
        init(_ reason: SplitRead.Reason) {
            switch reason {
            case .smallFile: self = .smallFile
            case .notSeekable: self = .notSeekable
            case .layoutUnknown: self = .layoutUnknown
            case .noRecordBoundary: self = .noRecordBoundary
            case .partsDidNotMeet: self = .partsDidNotMeet
            }
        }

        /// True when the reason threw a read of the whole file away.
        var costsAPass: Bool { self == .partsDidNotMeet || self == .conversationsNotGrouped }

        /// True when, for this reason, the read kept every conversation until the end.
        var stopsStreaming: Bool {
            switch self {
            case .noConversationIDs, .directionColumn, .ownerUnknown, .conversationsNotGrouped: true
            default: false
            }
        }
    }

    /// Why the file was not read the fast way, in the order found; empty when it was.
    public internal(set) var reasons: [Reason] = []

    /// How many times the file was read through: more than once only when a read was thrown
    /// away (see ``Reason/costsAPass``).
    public var passes: Int { 1 + reasons.filter(\.costsAPass).count }
    /// True when the read kept ran in parts on two threads (every reason stops that).
    public var inParts: Bool { reasons.isEmpty }
    /// True when each conversation was folded as the next one started, false when every
    /// conversation was kept until the end.
    public var streamed: Bool { !reasons.contains(where: \.stopsStreaming) }

    /// Adds a reason, once.
    mutating func add(_ reason: Reason) {
        if !reasons.contains(reason) { reasons.append(reason) }
    }

    /// One line for people: how, then why.
    public var summary: String {
        let times = passes == 1 ? "once" : passes == 2 ? "twice" : "\(passes) times"
        let how =
            "read \(times), " + (inParts ? "in parts on two threads" : "whole on one thread") + ", "
            + (streamed ? "each conversation folded as it ended" : "every conversation kept until the end")
        return reasons.isEmpty ? how : how + ": " + reasons.map(\.explanation).joined(separator: "; ")
    }
}
