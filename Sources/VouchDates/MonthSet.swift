/// A set of months (``CalendarDay/month`` indexes): the months someone was in touch.
///
/// A bitmap of 256 months held inside the value, placed around the first month added (128
/// months, over ten years, either side). Adding a month or merging two sets hashes nothing,
/// allocates nothing and touches no memory but the record the set sits in; a `Set<Int32>`
/// did all three for every conversation. A month outside the window goes to a set beside it,
/// so the set is exact whatever the dates.
public struct MonthSet: Sendable, Hashable {
    /// The month of the window's first bit; meaningless while the set is empty.
    private var base: Int32 = 0
    private var window = InlineArray<4, UInt64>(repeating: 0)
    private var outside: Set<Int32> = []

    private static let windowMonths = 256

    public init() {}

    public init(_ months: some Sequence<Int32>) {
        formUnion(months)
    }

    /// True when no month has been added. The first month always lands in the window.
    public var isEmpty: Bool { window[0] | window[1] | window[2] | window[3] == 0 }

    public var count: Int {
        window[0].nonzeroBitCount + window[1].nonzeroBitCount + window[2].nonzeroBitCount
            + window[3].nonzeroBitCount + outside.count
    }

    public func contains(_ month: Int32) -> Bool {
        guard !isEmpty else { return false }
        guard let bit = bit(of: month) else { return outside.contains(month) }
        return window[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    public mutating func insert(_ month: Int32) {
        if isEmpty { base = Int32(clamping: Int(month) - Self.windowMonths / 2) }
        if let bit = bit(of: month) {
            window[bit >> 6] |= 1 << UInt64(bit & 63)
        } else {
            outside.insert(month)
        }
    }

    @inlinable public mutating func formUnion(_ months: some Sequence<Int32>) {
        for month in months { insert(month) }
    }

    public mutating func formUnion(_ other: MonthSet) {
        if other.isEmpty { return }
        if isEmpty {
            self = other
        } else if base == other.base {
            for word in 0..<4 { window[word] |= other.window[word] }
            if !other.outside.isEmpty { outside.formUnion(other.outside) }
        } else {
            other.forEach { insert($0) }
        }
    }

    /// The months, earliest first.
    public var sorted: [Int32] {
        var months: [Int32] = []
        forEach { months.append($0) }
        return months.sorted()
    }

    public static func == (lhs: MonthSet, rhs: MonthSet) -> Bool {
        if lhs.base == rhs.base || lhs.isEmpty || rhs.isEmpty {
            return (0..<4).allSatisfy { lhs.window[$0] == rhs.window[$0] } && lhs.outside == rhs.outside
        }
        return lhs.sorted == rhs.sorted
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(sorted)
    }

    /// The month's bit in the window, or nil when it falls outside.
    private func bit(of month: Int32) -> Int? {
        let offset = Int(month) - Int(base)
        return offset >= 0 && offset < Self.windowMonths ? offset : nil
    }

    private func forEach(_ body: (Int32) -> Void) {
        for word in 0..<4 {
            var bits = window[word]
            while bits != 0 {
                body(Int32(truncatingIfNeeded: Int(base) + word * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        for month in outside { body(month) }
    }
}
