import CWideVectors
import Foundation

#if arch(x86_64)
    import _Builtin_intrinsics.intel
#endif

/// Byte searches that look at sixteen bytes at a time with the standard library's vector
/// types (SSE2 on x86-64, NEON on ARM), then eight at a time in a 64-bit register ("SIMD
/// within a register").
///
/// The CSV reader spends nearly all its time finding the next delimiter, quote or line break,
/// and word counting walks every byte of every message. Testing many bytes with a handful of
/// operations is several times faster than a byte loop. The one instruction the vector types
/// cannot reach is SSE2's `pmovmskb` (a comparison's sixteen lanes as sixteen bits): on
/// x86-64, where SSE2 is always present, ``bits(_:)`` takes it from Clang's intrinsics
/// module; elsewhere a multiply gathers the bits. The search and the word count give
/// exactly the answer of the obvious byte loop (tested against it).
@usableFromInline package enum ByteScan {
    @usableFromInline package static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline package static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// The high bit of each byte of `word` that is zero; no other bits. Exact: no carry
    /// crosses a byte, because `(byte & 0x7F) + 0x7F` never exceeds 0xFE.
    @inline(__always)
    @inlinable package static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ low7) | word | low7)
    }

    /// The sixteen lanes of `mask` as bits 0-15 of an integer (bit i: lane i is set).
    @inline(__always)
    @inlinable package static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        #if arch(x86_64)
            // A true lane is all ones: its top bit is the lane's bit.
            UInt32(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(mask, to: SIMD2<Int64>.self)))
        #else
            gatheredBits(mask)
        #endif
    }

    /// ``bits(_:)`` without `pmovmskb`: each 64-bit half holds eight lanes as bytes 0 or 1;
    /// the multiply adds each byte's bit into the top byte at its own place.
    @inline(__always)
    @inlinable package static func gatheredBits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
        let lanes = unsafeBitCast(SIMD16<UInt8>(repeating: 0).replacing(with: 1, where: mask), to: SIMD2<UInt64>.self)
        func gather(_ word: UInt64) -> UInt32 {
            UInt32(truncatingIfNeeded: (UInt64(littleEndian: word) &* 0x0102_0408_1020_4080) >> 56)
        }
        return gather(lanes[0]) | gather(lanes[1]) << 8
    }

    /// The high bit of each byte of `word` equal to `byte`.
    @inline(__always)
    @inlinable package static func matches(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (ones &* UInt64(byte)))
    }

    /// The index of the first byte in `from..<end` equal to `a`, `b` or `c`; `end` when none is.
    @inline(__always)
    @inlinable package static func firstIndex(
        of a: UInt8, _ b: UInt8, _ c: UInt8, in base: UnsafePointer<UInt8>, from start: Int, end: Int
    ) -> Int {
        var index = start
        let raw = UnsafeRawPointer(base)
        // Sixteen bytes at a time, ...
        let wideA = SIMD16<UInt8>(repeating: a)
        let wideB = SIMD16<UInt8>(repeating: b)
        let wideC = SIMD16<UInt8>(repeating: c)
        while index + 16 <= end {
            let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let hits = (bytes .== wideA) .| (bytes .== wideB) .| (bytes .== wideC)
            if any(hits) { return index + bits(hits).trailingZeroBitCount }
            index += 16
        }
        // ... then eight at a time in a register.
        while index + 8 <= end {
            let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            let hits = matches(word, a) | matches(word, b) | matches(word, c)
            if hits != 0 { return index + hits.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < end {
            let byte = base[index]
            if byte == a || byte == b || byte == c { return index }
            index += 1
        }
        return end
    }

    /// True when both buffers hold the same bytes. Short ones (ids, URLs) are compared eight
    /// bytes at a time inline, long ones by memcmp; the generic comparison is slow.
    @inline(__always)
    @inlinable package static func equal(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        let count = lhs.count
        guard count >= 8 else {
            for index in 0..<count where left[index] != right[index] { return false }
            return true
        }
        guard count <= 128 else { return memcmp(left, right, count) == 0 }
        let leftRaw = UnsafeRawPointer(left)
        let rightRaw = UnsafeRawPointer(right)
        var index = 0
        while index + 8 < count {
            if leftRaw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != rightRaw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        // The last eight bytes, overlapping what was compared when the count is not a multiple.
        return leftRaw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == rightRaw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }

    /// True when `bytes` spell `text` (lower-case ASCII), ignoring ASCII case.
    @inlinable package static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool
    {
        guard bytes.count == text.utf8CodeUnitCount else { return false }
        let pointer = text.utf8Start
        for offset in 0..<text.utf8CodeUnitCount {
            if ASCII.lowercased(bytes[offset]) != pointer[offset] { return false }
        }
        return true
    }

    /// A multiply-mix hash over eight bytes at a time; keys of 32 bytes or more (the
    /// recipient lists of group threads) in four lanes, whose multiplies do not wait for
    /// each other.
    @inlinable package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        func word(_ offset: Int) -> UInt64 {
            UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }
        @inline(__always) func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            return mixed ^ mixed >> 32
        }
        var index = 0
        if bytes.count >= 32 {
            // Each lane starts apart, so the same word in two lanes does not cancel out.
            var lanes = (hash, hash ^ 0xC4CE_B9FE_1A85_EC53, hash ^ 0x2545_F491_4F6C_DD1D, hash ^ 0x94D0_49BB_1331_11EB)
            while index + 32 <= bytes.count {
                lanes.0 = mix(lanes.0, word(index))
                lanes.1 = mix(lanes.1, word(index + 8))
                lanes.2 = mix(lanes.2, word(index + 16))
                lanes.3 = mix(lanes.3, word(index + 24))
                index += 32
            }
            hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
        }
        while index + 8 <= bytes.count {
            hash = mix(hash, word(index))
            index += 8
        }
        var tail: UInt64 = 0
        if index < bytes.count && bytes.count >= 8 {
            // The last eight bytes in one load, shifted so only the ones not yet mixed remain.
            tail = word(bytes.count - 8) >> (8 * UInt64(8 - (bytes.count - index)))
        } else {
            var shift: UInt64 = 0
            while index < bytes.count {
                tail |= UInt64(base[index]) << shift
                shift += 8
                index += 1
            }
        }
        // A full avalanche at the end: ids that differ in a byte or two (sequential conversation
        // ids) must still differ in every bit a table or a filter takes its position from.
        hash ^= tail
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }

    /// Counts words: runs of bytes that are not ASCII white space (space, tab, LF, CR).
    @inlinable package static func countWords(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        #if arch(x86_64)
            guard let base = buffer.baseAddress else { return 0 }
            switch wideVectors {
            case 2: return vouch_count_words_avx512(base, buffer.count)
            case 1: return vouch_count_words_avx2(base, buffer.count)
            default: return countWordsByMasks(buffer)
            }
        #else
            countWordsInLanes(buffer)
        #endif
    }

    /// The widest vectors this processor counts words with (2: AVX-512, 1: AVX2, 0: what
    /// Swift compiles for any x86-64), asked once (CWideVectors).
    @usableFromInline package static let wideVectors = Int(vouch_wide_vectors())

    /// ``countWords(_:)`` with a bit per byte, for where ``bits(_:)`` is one instruction:
    /// sixty-four bytes' white space as one 64-bit mask, a word starting at each clear bit
    /// whose lower neighbour is set (the bit before the first byte counts as set).
    @inlinable package static func countWordsByMasks(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let end = buffer.count
        func spaces(at offset: Int) -> UInt64 {
            UInt64(bits(isWhiteSpace(raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self))))
        }
        var count = 0
        // Bit 0: whether the byte before the next block is white space.
        var before: UInt64 = 1
        var index = 0
        while index + 64 <= end {
            let mask =
                spaces(at: index) | spaces(at: index + 16) << 16 | spaces(at: index + 32) << 32
                | spaces(at: index + 48) << 48
            count += (~mask & (mask << 1 | before)).nonzeroBitCount
            before = mask >> 63
            index += 64
        }
        while index + 16 <= end {
            let mask = spaces(at: index)
            count += (~mask & (mask << 1 | before) & 0xFFFF).nonzeroBitCount
            before = mask >> 15
            index += 16
        }
        return count + wordStarts(base, from: index, to: end, afterSpace: before == 1)
    }

    /// ``countWords(_:)`` with no scalar work per sixteen bytes, for where gathering a mask's
    /// bits costs more than keeping sixteen counts.
    @inlinable package static func countWordsInLanes(_ buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = buffer.baseAddress, !buffer.isEmpty else { return 0 }
        let raw = UnsafeRawPointer(base)
        let end = buffer.count
        // A word starts at every byte that is not white space after one that is; the first
        // byte counts as following white space.
        var count = ASCII.isWhiteSpace(base[0]) ? 0 : 1
        var index = 1
        // Sixteen bytes at a time, with no scalar work per block: the bytes before them come
        // from a second load one byte back, and the starts are counted in sixteen byte-wide
        // lanes (a true lane of a mask is all ones, so subtracting it adds one), summed before
        // a lane can overflow.
        var lanes = SIMD16<UInt8>()
        var blocks = 0
        while index + 16 <= end {
            let bytes = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let before = raw.loadUnaligned(fromByteOffset: index - 1, as: SIMD16<UInt8>.self)
            let starts = .!isWhiteSpace(bytes) .& isWhiteSpace(before)
            lanes &-= unsafeBitCast(starts, to: SIMD16<UInt8>.self)
            blocks += 1
            if blocks == 255 {
                count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
                lanes = SIMD16<UInt8>()
                blocks = 0
            }
            index += 16
        }
        count += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        return count + wordStarts(base, from: index, to: end, afterSpace: ASCII.isWhiteSpace(base[index - 1]))
    }

    /// The words that start in `start..<end`, a byte at a time (the bytes after the last full
    /// block); `afterSpace` tells whether the byte before `start` is white space.
    @inlinable package static func wordStarts(
        _ base: UnsafePointer<UInt8>, from start: Int, to end: Int, afterSpace: Bool
    ) -> Int {
        var count = 0
        var afterSpace = afterSpace
        for index in start..<end {
            let space = ASCII.isWhiteSpace(base[index])
            if afterSpace && !space { count += 1 }
            afterSpace = space
        }
        return count
    }

    /// ``ASCII/isWhiteSpace(_:)`` for sixteen bytes at once.
    @inline(__always)
    @inlinable package static func isWhiteSpace(_ bytes: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        (bytes .== SIMD16(repeating: ASCII.space)) .| (bytes .== SIMD16(repeating: ASCII.tab))
            .| (bytes .== SIMD16(repeating: ASCII.lineFeed)) .| (bytes .== SIMD16(repeating: ASCII.carriageReturn))
    }
}

extension Collection<UInt8> {
    /// Calls `body` with the bytes as one buffer: in place when they are contiguous (arrays,
    /// buffers, native strings' UTF-8), else copied once.
    @inlinable package func withByteBuffer<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
        -> Result
    {
        if let result = try withContiguousStorageIfAvailable(body) { return result }
        return try Array(self).withUnsafeBufferPointer(body)
    }
}
