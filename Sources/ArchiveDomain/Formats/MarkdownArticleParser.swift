public struct MarkdownArticleParser: Sendable {
    public init() {}
    public func parse(_ text: String) throws(ArticleParseError) -> ArticleDocument { throw ArticleParseError("todo") }
}
