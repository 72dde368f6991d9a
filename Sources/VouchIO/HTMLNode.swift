import CLibXML2

/// A borrowed element or text node of an ``HTMLDocument``; valid while the document lives.
package struct HTMLNode: Equatable {
    let pointer: xmlNodePtr

    package var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    package var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// The lower-case tag name.
    package var name: String {
        guard let raw = pointer.pointee.name else { return "" }
        return String(cString: raw).lowercased()
    }

    package var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    package var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }
    package var previousSibling: HTMLNode? { pointer.pointee.prev.map(HTMLNode.init) }
    package var parent: HTMLNode? { pointer.pointee.parent.map(HTMLNode.init) }

    /// The source line where the node starts, as libxml2 recorded it (beyond 65,535 too).
    package var line: Int { max(0, Int(xmlGetLineNo(pointer))) }

    /// An attribute's value.
    package func attribute(_ name: String) -> String? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { vouch_xmlFree(value) }
        return String(cString: value)
    }

    /// Calls `body` with an attribute's raw bytes, without making a `String`.
    package func withAttributeBytes<Result>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result? {
        guard let value = xmlGetProp(pointer, name) else { return nil }
        defer { vouch_xmlFree(value) }
        return body(UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
    }

    /// The node's own text (for text nodes).
    package var content: String {
        guard let raw = pointer.pointee.content else { return "" }
        return String(cString: raw)
    }

    /// True for elements whose content a reader never sees: scripts, styles, templates and
    /// elements hidden by attribute or inline style.
    package var isInvisible: Bool {
        guard isElement else { return false }
        switch name {
        case "script", "style", "template", "noscript", "head", "title", "meta", "link": return true
        default: break
        }
        // `aria-hidden` hides from screen readers only; the text is on screen, so it stays.
        if attribute("hidden") != nil { return true }
        if let style = attribute("style")?.lowercased().replacingOccurrences(of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    /// Visits the subtree in document order without recursion, skipping invisible elements.
    /// Return false from `visit` to skip a node's children.
    package func walk(_ visit: (HTMLNode) -> Bool) {
        var current: HTMLNode? = self
        while let node = current {
            var descend = false
            if !node.isInvisible {
                descend = visit(node)
            }
            if descend, let child = node.firstChild {
                current = child
                continue
            }
            // Next sibling, or climb until one exists (never above self).
            var climb: HTMLNode? = node
            current = nil
            while let up = climb, up.pointer != pointer {
                if let sibling = up.nextSibling {
                    current = sibling
                    break
                }
                climb = up.parent
            }
        }
    }

    /// The visible text of the subtree, whitespace collapsed.
    package var text: String {
        var parts: [String] = []
        walk { node in
            if node.isText { parts.append(node.content) }
            if node.isElement, ["br", "p", "div", "li", "td", "th", "tr"].contains(node.name) { parts.append(" ") }
            return true
        }
        return HTMLNode.collapse(parts.joined())
    }

    /// Collapses runs of white space to one space and trims the ends.
    package static func collapse(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }
}
