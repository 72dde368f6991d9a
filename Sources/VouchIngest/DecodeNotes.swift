/// Collects what decoding noticed while a file was read.
final class DecodeNotes {
    var usedWindows1252 = false
}
