import FoundationEssentials

/// Reads a saved web page: finds the article body among the page's furniture, with its title, date, author,
/// canonical URL and language from the page's metadata. Blocks are numbered by position (1-based).
public struct HTMLArticleParser: Sendable {
    public init() {}

    public func parse(_ html: String) throws(ArticleParseError) -> ArticleDocument {
        guard let root = try HTMLNode.parse(html) else { throw ArticleParseError("the file has no HTML content") }
        let metadata = HTMLMetadata(root: root)
        var pieces = HTMLContentExtractor().extract(from: root, title: metadata.title)
        var best = pieces.reduce(0) { $0 + $1.text.count }
        for strictness in HTMLContentExtractor.Strictness.passes.dropFirst()
        where best < HTMLContentExtractor.enoughCharacters {
            guard let fresh = try HTMLNode.parse(html) else { break }
            let retry = HTMLContentExtractor(strictness: strictness).extract(from: fresh, title: metadata.title)
            let length = retry.reduce(0) { $0 + $1.text.count }
            if length > best {
                pieces = retry
                best = length
            }
        }
        guard let rawTitle = metadata.title ?? pieces.first?.text else {
            throw ArticleParseError("the page has no title and no article text")
        }
        let title = HTMLNode.collapse(rawTitle).canonicallyComposed
        guard !pieces.isEmpty else {
            throw ArticleParseError("no article text found in the page (only navigation or scripts?)")
        }
        let blocks = pieces.blocks(title: title, published: metadata.published)
        let sample = pieces.lazy.map(\.text).joined(separator: " ").prefix(2_000)
        let language =
            metadata.language.flatMap(Language.init(rawValue:))
            ?? LanguageDetector.detect(title + " " + sample)
        return ArticleDocument(
            title: title, published: metadata.published, language: language, blocks: blocks, format: .html,
            url: metadata.url, author: metadata.author, tags: metadata.tags)
    }
}
