import CLibXML2

/// A parsed HTML page: the one owner of a libxml2 document, freed when it goes away.
///
/// Pages are parsed with recovery (broken pages still give a tree), without network access
/// (`HTML_PARSE_NONET`) and without libxml2 printing errors; the tree is walked iteratively,
/// so nesting depth cannot overflow the stack.
package final class HTMLDocument {
    private let document: htmlDocPtr

    /// Parses `bytes` as UTF-8 unless the page declares another charset; with `isUTF8`,
    /// as UTF-8 whatever the page declares (text already decoded from an e-mail's charset).
    package init?(bytes: [UInt8], isUTF8: Bool = false) {
        vouch_xmlSilenceErrors()
        let options =
            Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NOBLANKS.rawValue | HTML_PARSE_COMPACT.rawValue)
            | Int32(XML_PARSE_HUGE.rawValue)
        let declaresCharset = !isUTF8 && Self.declaresCharset(bytes)
        let parsed = bytes.withUnsafeBufferPointer { buffer -> htmlDocPtr? in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(clamping: buffer.count), nil, declaresCharset ? nil : "UTF-8", options)
            }
        }
        guard let parsed else { return nil }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element.
    package var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }

    private static func declaresCharset(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("charset=") && !head.contains("charset=\"utf-8\"") && !head.contains("charset=utf-8")
    }
}
