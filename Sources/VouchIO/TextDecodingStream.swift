/// Converts a byte stream in any supported encoding into UTF-8, chunk by chunk.
///
/// The encoding is decided from the first bytes: a UTF-8 byte order mark (dropped), a UTF-16
/// byte order mark (LinkedIn exports up to 2022 hold such files), or, without a mark, the
/// zero bytes every other position that ASCII text in UTF-16 shows. Everything else passes
/// through untouched, so UTF-8 input costs one copy-free call.
public struct TextDecodingStream: Sendable {
    /// The encoding detected, once enough bytes were seen.
    public private(set) var encoding: TextEncoding?
    /// True when UTF-16 was detected without a byte order mark.
    public private(set) var guessedWithoutBOM = false
    private var pending: [UInt8] = []
    private var highSurrogate: UInt16?

    public init() {}

    /// Feeds raw bytes; `emit` receives UTF-8 bytes.
    public mutating func feed(
        _ chunk: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        if encoding == nil {
            // The first four bytes decide; a first chunk that has them is not copied.
            guard pending.isEmpty, chunk.count >= 4 else {
                pending.append(contentsOf: chunk)
                if pending.count >= 4 { try decideEncoding(emit) }
                return
            }
            try start(chunk, emit)
            return
        }
        try convert(chunk, emit)
    }

    /// Ends the input, flushing what is buffered.
    public mutating func finish(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if encoding == nil {
            try decideEncoding(emit)
        }
        if encoding != .utf8 && !pending.isEmpty {
            pending.removeAll()  // an odd trailing byte cannot be a UTF-16 character
        }
        if highSurrogate != nil {
            highSurrogate = nil
            try [UInt8](Self.replacementCharacter).withUnsafeBufferPointer { try emit($0) }
        }
    }

    /// Decides the encoding from the bytes buffered so far and converts them.
    private mutating func decideEncoding(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        let buffered = pending
        pending = []
        try buffered.withUnsafeBufferPointer { try start($0, emit) }
    }

    /// Decides the encoding from the first bytes of the input, `bytes`, and converts them
    /// without their byte order mark.
    private mutating func start(
        _ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        let mark = decideEncoding(from: bytes)
        try convert(UnsafeBufferPointer(rebasing: bytes[mark...]), emit)
    }

    /// Decides the encoding from the first bytes of the input; returns the length of the
    /// byte order mark they start with (0 without one).
    private mutating func decideEncoding(from bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            encoding = .utf8
            return 3
        } else if bytes.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
            return 2
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
            return 2
        } else if bytes.count >= 4, bytes[1] == 0, bytes[3] == 0, bytes[0] != 0, bytes[2] != 0 {
            encoding = .utf16LittleEndian
            guessedWithoutBOM = true
        } else if bytes.count >= 4, bytes[0] == 0, bytes[2] == 0, bytes[1] != 0, bytes[3] != 0 {
            encoding = .utf16BigEndian
            guessedWithoutBOM = true
        } else {
            encoding = .utf8
        }
        return 0
    }

    private mutating func convert(
        _ chunk: UnsafeBufferPointer<UInt8>, _ emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        guard let encoding, encoding != .utf8 else {
            try emit(chunk)
            return
        }
        var output: [UInt8] = []
        output.reserveCapacity(chunk.count)
        var index = 0
        let bigEndian = encoding == .utf16BigEndian
        func nextByte() -> UInt8? {
            if !pending.isEmpty { return pending.removeFirst() }
            guard index < chunk.count else { return nil }
            defer { index += 1 }
            return chunk[index]
        }
        while true {
            guard let first = nextByte() else { break }
            guard let second = nextByte() else {
                pending = [first]
                break
            }
            let unit = bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first)
            appendUTF16(unit, to: &output)
        }
        try output.withUnsafeBufferPointer { try emit($0) }
    }

    private mutating func appendUTF16(_ unit: UInt16, to output: inout [UInt8]) {
        if let high = highSurrogate {
            highSurrogate = nil
            if unit >= 0xDC00 && unit <= 0xDFFF {
                let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                appendScalar(value, to: &output)
                return
            }
            output.append(contentsOf: Self.replacementCharacter)
        }
        if unit >= 0xD800 && unit <= 0xDBFF {
            highSurrogate = unit
        } else if unit >= 0xDC00 && unit <= 0xDFFF {
            output.append(contentsOf: Self.replacementCharacter)
        } else {
            appendScalar(UInt32(unit), to: &output)
        }
    }

    private func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else {
            output.append(contentsOf: Self.replacementCharacter)
            return
        }
        if let encoded = UTF8.encode(scalar) {
            output.append(contentsOf: encoded)
        } else {
            output.append(contentsOf: Self.replacementCharacter)
        }
    }

    private static let replacementCharacter: [UInt8] = [0xEF, 0xBF, 0xBD]
}
