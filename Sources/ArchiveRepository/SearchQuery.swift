import ArchiveDomain

/// What to search for and which hits to return.
public struct SearchQuery: Sendable {
    public var text: FTSQuery
    public var filter: ArticleFilter
    public var limit: Int
    public var offset: Int
    /// BM25 weights of the title, heading and body columns: a word in the title counts most.
    public var weights: (title: Double, heading: Double, body: Double)

    public init(
        text: FTSQuery, filter: ArticleFilter = ArticleFilter(), limit: Int = 10, offset: Int = 0,
        weights: (title: Double, heading: Double, body: Double) = (10, 4, 1)
    ) {
        self.text = text
        self.filter = filter
        self.limit = limit
        self.offset = offset
        self.weights = weights
    }
}
