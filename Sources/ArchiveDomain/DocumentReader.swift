/// Turns a file's bytes into articles, choosing the parser from the format (given, or guessed from the name).
public struct DocumentReader: Sendable {
    private let plainText = PlainTextParser()

    public init() {}

    /// The format a file name suggests; nil when its extension is not one the archive reads.
    public static func format(forFileName name: String) -> SourceFormat? {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .text
        case "md", "markdown": return .markdown
        case "json", "jsonl", "ndjson": return .json
        case "html", "htm", "xhtml": return .html
        default: return nil
        }
    }

    public func read(_ bytes: [UInt8], format: SourceFormat) throws(ArticleParseError) -> [ArticleDocument] {
        let text = try TextDecoder.decode(bytes)
        switch format {
        case .text:
            return [try plainText.parse(text)]
        case .markdown, .json, .html:
            throw ArticleParseError("\(format.rawValue) files are not supported yet; save the article as plain text")
        }
    }
}
