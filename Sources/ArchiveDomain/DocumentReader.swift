/// Turns a file's bytes into articles, choosing the parser from the format (given, or guessed from the name
/// and then the content). Gzip-compressed input is inflated first.
public struct DocumentReader: Sendable {
    private let plainText = PlainTextParser()

    public init() {}

    /// Articles read from one input, the format used, and remarks worth telling the user.
    public struct Result: Sendable {
        public var documents: [ArticleDocument]
        public var format: SourceFormat
        public var warnings: [String]
    }

    /// The format a file name suggests; nil when its extension is not one the archive reads.
    public static func format(forFileName name: String) -> SourceFormat? {
        var lower = name.lowercased()
        if lower.hasSuffix(".gz") { lower.removeLast(3) }
        guard let dot = lower.lastIndex(of: ".") else { return nil }
        switch lower[lower.index(after: dot)...] {
        case "txt", "text": return .text
        case "md", "markdown", "mdown", "mkd": return .markdown
        case "json", "jsonl", "ndjson": return .json
        case "html", "htm", "xhtml", "shtml": return .html
        default: return nil
        }
    }

    /// The format the text itself suggests: markup, JSON, front matter or Markdown headings; plain text otherwise.
    public static func format(forContent text: String) -> SourceFormat {
        let start = text.drop(while: { $0.isWhitespace }).prefix(1_000).lowercased()
        if start.hasPrefix("{") || start.hasPrefix("[") { return .json }
        if start.hasPrefix("<!doctype html") || start.hasPrefix("<html") || start.hasPrefix("<?xml")
            || (start.hasPrefix("<") && (start.contains("<head") || start.contains("<body") || start.contains("<p")))
        {
            return .html
        }
        if start.hasPrefix("---\n") { return .markdown }
        if start.hasPrefix("# ") || start.contains("\n## ") || start.contains("\n# ") { return .markdown }
        return .text
    }

    public func read(_ bytes: [UInt8], format: SourceFormat) throws(ArticleParseError) -> [ArticleDocument] {
        try read(bytes, format: format, fileName: nil).documents
    }

    /// Reads `bytes`: `format` when given, else the file name's, else the content's.
    public func read(_ bytes: [UInt8], format: SourceFormat?, fileName: String?, maxBytes: Int = .max)
        throws(ArticleParseError) -> Result
    {
        var bytes = bytes
        if GzipDecoder.isGzip(bytes) { bytes = try GzipDecoder.inflate(bytes, limit: maxBytes) }
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else {
            throw ArticleParseError("the file is empty; put an article in it or leave it out of the import")
        }
        let decoded = try TextDecoder.decodeReporting(bytes)
        var warnings: [String] = []
        if let encoding = decoded.assumedEncoding {
            warnings.append("the file is not UTF-8; read it as \(encoding) (Latin-1); check accented letters")
        }
        let format = format ?? fileName.flatMap(Self.format(forFileName:)) ?? Self.format(forContent: decoded.text)
        let documents: [ArticleDocument]
        switch format {
        case .text: documents = [try plainText.parse(decoded.text)]
        case .markdown: documents = [try MarkdownArticleParser().parse(decoded.text)]
        case .json: documents = try JSONArticleParser().parse(decoded.text)
        case .html: documents = [try HTMLArticleParser().parse(decoded.text)]
        }
        return Result(documents: documents, format: format, warnings: warnings)
    }
}
