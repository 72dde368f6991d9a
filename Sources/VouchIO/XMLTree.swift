import CLibXML2

/// A parsed XML document (the parts of an `.xlsx` workbook): the one owner of a libxml2
/// document, freed when it goes away. Its nodes are walked as ``HTMLNode``s.
///
/// Parsed without network access (`XML_PARSE_NONET`), without substituting entities or
/// loading a DTD, and without libxml2 printing errors. A document that declares a DTD at all
/// is refused: workbook parts never carry one, and entity definitions are how hostile XML
/// makes a small file expand.
package final class XMLTree {
    private let document: xmlDocPtr

    /// Parses `bytes`; nil when they are not well-formed XML or declare a DTD.
    package init?(bytes: [UInt8]) {
        vouch_xmlSilenceErrors()
        let options = Int32(
            XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                | XML_PARSE_NOBLANKS.rawValue | XML_PARSE_NOCDATA.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buffer -> xmlDocPtr? in
            buffer.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlReadMemory(pointer, Int32(clamping: buffer.count), nil, nil, options)
            }
        }
        guard let parsed else { return nil }
        guard parsed.pointee.intSubset == nil, parsed.pointee.extSubset == nil else {
            xmlFreeDoc(parsed)
            return nil
        }
        document = parsed
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// The root element.
    package var root: HTMLNode? {
        xmlDocGetRootElement(document).map(HTMLNode.init)
    }
}
