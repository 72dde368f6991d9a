/// The encodings a text file can arrive in.
public enum TextEncoding: String, Sendable, Codable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
}
