import CLibXML2

/// libxml2 2.9 builds its global tables on first use without a lock, and asks programs that parse on several
/// threads (the importer, the tests) to call `xmlInitParser` once first; a Swift global runs its initialiser once.
private let libxml2Initialized: Void = xmlInitParser()

extension HTMLNode {
    /// Parses an HTML page with libxml2's forgiving HTML parser (what browsers accept, it accepts) and copies
    /// the tree; comments, processing instructions and the like are left out. Nil when nothing could be parsed.
    static func parse(_ html: String) -> HTMLNode? {
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue)
        var utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return nil }
        utf8.append(0)
        _ = libxml2Initialized
        let document = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count - 1), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        let root = HTMLNode(name: "#document")
        var child = document.pointee.children
        while let node = child {
            copy(node, into: root)
            child = node.pointee.next
        }
        return root
    }

    private static func copy(_ node: xmlNodePtr, into parent: HTMLNode) {
        switch node.pointee.type {
        case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            if let content = node.pointee.content {
                parent.append(HTMLNode(name: "#text", text: String(cString: content)))
            }
        case XML_ELEMENT_NODE:
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            var attributes: [String: String] = [:]
            var attribute = node.pointee.properties
            while let current = attribute {
                if let key = current.pointee.name {
                    var value = ""
                    var valueNode = current.pointee.children
                    while let text = valueNode {
                        if let content = text.pointee.content { value += String(cString: content) }
                        valueNode = text.pointee.next
                    }
                    attributes[String(cString: key).lowercased()] = value
                }
                attribute = current.pointee.next
            }
            let element = HTMLNode(name: name, attributes: attributes)
            parent.append(element)
            var child = node.pointee.children
            while let next = child {
                copy(next, into: element)
                child = next.pointee.next
            }
        default:
            break
        }
    }
}
