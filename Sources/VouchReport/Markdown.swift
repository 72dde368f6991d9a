/// Makes untrusted text (names, companies, reasons, notes) inert in markdown.
///
/// Everything from an export or a request list passes through ``inline(_:)`` before it reaches a
/// report: table pipes, link and image brackets, emphasis, code spans, HTML tags and entities
/// (`<`, `>` and `&`, with backslashes) are escaped; line breaks become spaces, so a hostile value can neither break a table's shape
/// nor inject a link, an image or markup. A leading `#`, `=`, `+`, `-` or `>` is escaped so the
/// text never becomes a heading, a list or a quote.
public enum Markdown {
    /// Escapes text for use anywhere inside a markdown line, including table cells.
    public static func inline(_ text: String) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var atStart = true
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n", "\r", "\t", "\u{2028}", "\u{2029}", "\u{0B}", "\u{0C}":
                output += " "
                continue
            case "\\", "`", "*", "_", "[", "]", "|", "~", "<", ">", "&":
                // CommonMark backslash escapes: `\<` and `\&` keep tags and entities out when
                // rendered, and read as the character itself on a terminal.
                output += "\\"
                output.unicodeScalars.append(scalar)
            case "#", "=", "+", "-", "@":
                if atStart { output += "\\" }
                output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                output.unicodeScalars.append(scalar)
            }
            atStart = false
        }
        return output
    }
}
