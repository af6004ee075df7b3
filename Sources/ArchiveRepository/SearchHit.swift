import ArchiveDomain

/// One article, section or claim found by a search, with the section that matched best.
public struct SearchHit: Equatable, Sendable {
    public var articleID: ArticleID
    public var title: String
    public var published: String?
    public var language: Language
    public var sectionID: Int64
    public var heading: String?
    /// Set when the hit is a claim (`--in claims`, or an article found through `claim:` terms only).
    public var claimID: Int64?
    /// The best passage of the section (or the claim); matched words sit between `SearchHit.matchStart` and
    /// `matchEnd`.
    public var snippet: String
    /// BM25 score; lower is better (SQLite's convention).
    public var score: Double

    /// Marks around matched words in `snippet`: control characters no article contains.
    public static let matchStart = "\u{2}"
    public static let matchEnd = "\u{3}"
}
