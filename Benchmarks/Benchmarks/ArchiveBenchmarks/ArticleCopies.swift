import ArchiveRepository

/// The corpus again and again, each copy under its own paths and content hashes, so saving it into the same
/// archive does the whole work of new articles (rather than stopping at "unchanged" or "duplicate").
final class ArticleCopies {
    let archive: ScratchArchive
    private let articles: [PreparedArticle]
    private var copy = 0

    init(of articles: [PreparedArticle], archive: ScratchArchive) {
        self.articles = articles
        self.archive = archive
    }

    func next() -> [PreparedArticle] {
        copy += 1
        return articles.map {
            var article = $0
            article.sourcePath = "copy-\(copy)/\(article.sourcePath)"
            article.contentSHA256 += "-copy-\(copy)"
            return article
        }
    }
}
