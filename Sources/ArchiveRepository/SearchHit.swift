import ArchiveDomain

/// One article found by a search, with the section that matched best.
public struct SearchHit: Equatable, Sendable {
    public var articleID: ArticleID
    public var title: String
    public var published: String?
    public var language: Language
    public var heading: String?
    /// The best passage of the section; matched words sit between `SearchHit.matchStart` and `matchEnd`.
    public var snippet: String
    /// BM25 score; lower is better (SQLite's convention).
    public var score: Double

    /// Marks around matched words in `snippet`: control characters no article contains.
    public static let matchStart = "\u{2}"
    public static let matchEnd = "\u{3}"
}
