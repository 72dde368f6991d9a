import Testing

@testable import VouchIO

#if arch(x86_64)
    import CWideVectors
#endif

/// The word-at-a-time searches must give exactly what the obvious byte loops give, at every
/// alignment and for bytes on both sides of 0x80 (where a sloppy zero-byte test goes wrong).
struct ByteScanTests {
    static func referenceWords(_ bytes: [UInt8]) -> Int {
        var count = 0
        var afterSpace = true
        for byte in bytes {
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            if afterSpace && !isSpace { count += 1 }
            afterSpace = isSpace
        }
        return count
    }

    /// Random bytes drawn mostly from the ones the searches care about.
    static func randomBytes(_ count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        let interesting: [UInt8] = [0x20, 0x09, 0x0A, 0x0D, 0x2C, 0x22, 0x3B, 0x00, 0x01, 0x7F, 0x80, 0xA0, 0xAC, 0xFF]
        return (0..<count).map { _ in
            Bool.random(using: &generator)
                ? interesting[Int.random(in: 0..<interesting.count, using: &generator)]
                : UInt8.random(in: 0...255, using: &generator)
        }
    }

    @Test func firstIndexMatchesAByteLoop() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let bytes = Self.randomBytes(Int.random(in: 0...80, using: &generator), using: &generator)
            let start = Int.random(in: 0...bytes.count, using: &generator)
            let expected = bytes[start...].firstIndex { $0 == 0x2C || $0 == 0x0A || $0 == 0x0D } ?? bytes.count
            let found = (bytes + [0]).withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map {
                    ByteScan.firstIndex(of: 0x2C, 0x0A, 0x0D, in: $0, from: start, end: bytes.count)
                }
            }
            #expect(found == expected, "\(bytes) from \(start)")
        }
    }

    /// A lone hit at every position, from starts at every alignment: every width of the
    /// search (16, 8 and 1 bytes at a time) finds it, and none reports one that is not there.
    /// Random bytes, above, nearly always hold a hit within a few bytes.
    @Test func firstIndexFindsALoneHitAtEveryPosition() {
        let length = 200
        for start in 0..<20 {
            for position in [nil] + Array(start..<length) {
                var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                if let position { bytes[position] = [0x2C, 0x0A, 0x0D][position % 3] }
                let found = (bytes + [0]).withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map {
                        ByteScan.firstIndex(of: 0x2C, 0x0A, 0x0D, in: $0, from: start, end: length)
                    }
                }
                #expect(found == (position ?? length), "hit at \(position ?? -1) from \(start)")
            }
        }
    }

    @Test func equalTellsApartADifferenceAtEveryPosition() {
        var generator = SystemRandomNumberGenerator()
        for count in [0, 1, 7, 8, 9, 15, 16, 17, 50, 127, 128, 129, 200] {
            let bytes = Self.randomBytes(count, using: &generator)
            let same = bytes.withUnsafeBufferPointer { a in
                bytes.map { $0 }.withUnsafeBufferPointer { ByteScan.equal(a, $0) }
            }
            #expect(same, "\(count) bytes")
            for position in 0..<count {
                var other = bytes
                other[position] ^= 0x01
                let equal = bytes.withUnsafeBufferPointer { a in other.withUnsafeBufferPointer { ByteScan.equal(a, $0) }
                }
                #expect(!equal, "\(count) bytes, difference at \(position)")
            }
            let longer = bytes + [0]
            #expect(!bytes.withUnsafeBufferPointer { a in longer.withUnsafeBufferPointer { ByteScan.equal(a, $0) } })
        }
    }

    @Test func hashDependsOnlyOnTheBytes() {
        var generator = SystemRandomNumberGenerator()
        // Past two blocks of the four lanes (32 bytes each) and every tail after them.
        for count in 0...100 {
            let bytes = Self.randomBytes(count, using: &generator)
            // The same bytes at another alignment, between other bytes.
            let padded = Self.randomBytes(3, using: &generator) + bytes + Self.randomBytes(9, using: &generator)
            let alone = bytes.withUnsafeBufferPointer(ByteScan.hash)
            let inside = padded.withUnsafeBufferPointer {
                ByteScan.hash(UnsafeBufferPointer(rebasing: $0[3..<3 + count]))
            }
            #expect(alone == inside, "\(count) bytes")
            // Every byte counts, in whichever lane or tail it falls.
            for position in 0..<count {
                var changed = bytes
                changed[position] ^= 0x01
                #expect(
                    changed.withUnsafeBufferPointer(ByteScan.hash) != alone, "\(count) bytes, byte \(position) changed")
            }
        }
        // Two lanes' words swapped: the lanes are told apart, not just summed.
        let lanes = Self.randomBytes(64, using: &generator)
        let swapped = Array(lanes[8..<16] + lanes[0..<8] + lanes[16...])
        #expect(lanes != swapped)
        #expect(lanes.withUnsafeBufferPointer(ByteScan.hash) != swapped.withUnsafeBufferPointer(ByteScan.hash))
    }

    /// Every way of counting this processor can run: the one chosen for it, the Swift ones,
    /// and each vector width it has.
    static var wordCounters: [(String, @Sendable (UnsafeBufferPointer<UInt8>) -> Int)] {
        var counters: [(String, @Sendable (UnsafeBufferPointer<UInt8>) -> Int)] = [
            ("on this machine", ByteScan.countWords), ("by masks", ByteScan.countWordsByMasks),
            ("in lanes", ByteScan.countWordsInLanes),
        ]
        #if arch(x86_64)
            if ByteScan.wideVectors >= 1 { counters.append(("AVX2", avx2Words)) }
            if ByteScan.wideVectors >= 2 { counters.append(("AVX-512", avx512Words)) }
        #endif
        return counters
    }

    #if arch(x86_64)
        @Sendable static func avx2Words(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            bytes.baseAddress.map { vouch_count_words_avx2($0, bytes.count) } ?? 0
        }

        @Sendable static func avx512Words(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            bytes.baseAddress.map { vouch_count_words_avx512($0, bytes.count) } ?? 0
        }
    #endif

    @Test(arguments: Self.wordCounters)
    func countWordsMatchesAByteLoop(_ way: String, _ countWords: @Sendable (UnsafeBufferPointer<UInt8>) -> Int) {
        var generator = SystemRandomNumberGenerator()
        // Past one and two blocks of sixty-four bytes, with every tail length after them.
        for _ in 0..<3_000 {
            let bytes = Self.randomBytes(Int.random(in: 0...200, using: &generator), using: &generator)
            let counted = bytes.withUnsafeBufferPointer(countWords)
            #expect(counted == Self.referenceWords(bytes), "\(way): \(bytes)")
        }
    }

    @Test func aMasksBitsAreItsLanesInOrder() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_000 {
            let lanes = SIMD16<UInt8>((0..<16).map { _ in UInt8.random(in: 0...3, using: &generator) })
            let mask = lanes .== SIMD16(repeating: 0)
            let expected = (0..<16).reduce(UInt32(0)) { bits, lane in lanes[lane] == 0 ? bits | 1 << lane : bits }
            #expect(ByteScan.bits(mask) == expected, "\(lanes)")
            #expect(ByteScan.gatheredBits(mask) == expected, "\(lanes)")
        }
    }

    @Test func countWordsOnText() {
        func words(_ text: String) -> Int { Array(text.utf8).withUnsafeBufferPointer(ByteScan.countWords) }
        #expect(words("Hi Dana,\r\n  lunch on   Tuesday?\tThanks!") == 6)
        #expect(words("        ") == 0)
        #expect(words("twelve-bytes") == 1)
        #expect(words("a b c d e f g h i j") == 10)
        // Past 255 blocks of sixteen bytes, where a lane's byte-wide count would wrap.
        #expect(words(String(repeating: "a ", count: 5_000)) == 5_000)
        #expect(words(String(repeating: "word\t", count: 3_000) + "end") == 3_001)
    }
}
