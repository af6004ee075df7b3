import CHTMLParser

extension HTMLNode {
    /// Parses an HTML page with libxml2's forgiving HTML parser (what browsers accept, it accepts) and copies
    /// the tree; comments, processing instructions and the like are left out. Nil when nothing could be parsed;
    /// throws when libxml2 cannot be loaded.
    static func parse(_ html: String) throws(ArticleParseError) -> HTMLNode? {
        var utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return nil }
        utf8.append(0)
        let builder = TreeBuilder()
        var handler = ArchiveHTMLHandler(
            context: Unmanaged.passUnretained(builder).toOpaque(),
            element_start: { context, name, attributes, count in
                TreeBuilder.of(context).start(name, attributes, Int(count))
            },
            element_end: { context in TreeBuilder.of(context).end() },
            text: { context, text in TreeBuilder.of(context).text(text) })
        let status = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                archive_html_walk($0, Int32(buffer.count - 1), &handler)
            }
        }
        switch status {
        case ARCHIVE_HTML_PARSED:
            return builder.root
        case ARCHIVE_HTML_UNAVAILABLE:
            throw ArticleParseError(
                "reading HTML needs libxml2 (\(ARCHIVE_HTML_LIBRARY)), which could not be loaded; install libxml2 "
                    + "(scripts/install-deps does) and import the file again")
        default:
            return nil
        }
    }
}

/// Builds an `HTMLNode` tree from `archive_html_walk`'s reports: element and attribute names lower-cased, a later
/// attribute of the same name replacing an earlier one.
private final class TreeBuilder {
    let root = HTMLNode(name: "#document")
    private var open: [HTMLNode] = []

    static func of(_ context: UnsafeMutableRawPointer?) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(context!).takeUnretainedValue()
    }

    private var current: HTMLNode { open.last ?? root }

    func start(_ name: UnsafePointer<CChar>?, _ pairs: UnsafePointer<UnsafePointer<CChar>?>?, _ count: Int) {
        var attributes: [String: String] = [:]
        for index in 0..<count {
            guard let key = pairs?[2 * index], let value = pairs?[2 * index + 1] else { continue }
            attributes[String(cString: key).lowercased()] = String(cString: value)
        }
        let element = HTMLNode(name: name.map { String(cString: $0).lowercased() } ?? "", attributes: attributes)
        current.append(element)
        open.append(element)
    }

    func end() {
        open.removeLast()
    }

    func text(_ content: UnsafePointer<CChar>?) {
        guard let content else { return }
        current.append(HTMLNode(name: "#text", text: String(cString: content)))
    }
}
