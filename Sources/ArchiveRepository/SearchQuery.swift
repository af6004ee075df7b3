import ArchiveDomain

/// What to search for, what a hit is, how hits are ordered and which to return.
public struct SearchQuery: Sendable {
    /// What one hit is.
    public enum Unit: String, Sendable, CaseIterable {
        /// One hit per article, with its best section.
        case articles
        case sections
        case claims
    }

    public enum Order: String, Sendable, CaseIterable {
        /// BM25, best first.
        case relevance
        /// Newest first, then by relevance.
        case date
    }

    public var text: FTSQuery
    public var filter: ArticleFilter
    public var unit: Unit
    public var order: Order
    public var limit: Int
    public var offset: Int
    /// BM25 weights of the title, heading and body columns: a word in the title counts most.
    public var weights: (title: Double, heading: Double, body: Double)

    public static let defaultWeights: (title: Double, heading: Double, body: Double) = (10, 4, 1)

    public init(
        text: FTSQuery, filter: ArticleFilter = ArticleFilter(), unit: Unit = .articles, order: Order = .relevance,
        limit: Int = 10, offset: Int = 0, weights: (title: Double, heading: Double, body: Double) = defaultWeights
    ) {
        self.text = text
        self.filter = filter
        self.unit = unit
        self.order = order
        self.limit = limit
        self.offset = offset
        self.weights = weights
    }
}
