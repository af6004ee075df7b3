import CHTMLParser

extension HTMLNode {
    /// Parses an HTML page with libxml2's forgiving HTML parser (what browsers accept, it accepts) and copies
    /// the tree; comments, processing instructions and the like are left out. Nil when nothing could be parsed;
    /// throws when libxml2 cannot be loaded or memory runs out.
    static func parse(_ html: String) throws(ArticleParseError) -> HTMLNode? {
        var utf8 = Array(html.utf8)
        guard !utf8.isEmpty else { return nil }
        utf8.append(0)
        let builder = HTMLTreeBuilder()
        var handler = ArchiveHTMLHandler(
            context: Unmanaged.passUnretained(builder).toOpaque(),
            element_start: { context, name, attributes, count in
                HTMLTreeBuilder.of(context).start(name!, attributes, Int(count))
            },
            element_end: { context in HTMLTreeBuilder.of(context).end() },
            text: { context, text in HTMLTreeBuilder.of(context).text(text!) })
        // The handler holds the builder unretained: it must outlive the walk.
        let status = withExtendedLifetime(builder) {
            utf8.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    archive_html_walk($0, Int32(buffer.count - 1), &handler)
                }
            }
        }
        switch status {
        case ARCHIVE_HTML_PARSED:
            return builder.root
        case ARCHIVE_HTML_UNAVAILABLE:
            throw ArticleParseError(SystemLibrary.unloadable("HTML", file: ARCHIVE_HTML_LIBRARY, packages: "libxml2"))
        case ARCHIVE_HTML_NO_MEMORY:
            throw ArticleParseError("there was not enough memory to read the page")
        default:
            return nil
        }
    }
}
