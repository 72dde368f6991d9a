import Foundation

/// Named byte constants, so byte-level parsers read as what they match.
public enum ASCII {
    public static let tab: UInt8 = 0x09
    public static let lineFeed: UInt8 = 0x0A
    public static let carriageReturn: UInt8 = 0x0D
    public static let space: UInt8 = 0x20
    public static let quote: UInt8 = 0x22
    public static let comma: UInt8 = 0x2C
    public static let semicolon: UInt8 = 0x3B

    /// `byte` with ASCII upper-case letters lower-cased; every other byte as it is.
    @inline(__always)
    @inlinable package static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// True for the white space that separates words and pads URLs: space, tab, LF, CR.
    @inline(__always)
    @inlinable package static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == space || byte == tab || byte == lineFeed || byte == carriageReturn
    }
}
