import ArchiveDomain
import ArchiveSQLite

/// Which articles a listing, search or export covers. Dates compare by day (`YYYY-MM-DD`), bounds included.
public struct ArticleFilter: Sendable, Equatable {
    public var since: String?
    public var until: String?
    public var language: Language?
    public var tag: String?
    public var author: String?

    public init(
        since: String? = nil, until: String? = nil, language: Language? = nil, tag: String? = nil,
        author: String? = nil
    ) {
        self.since = since
        self.until = until
        self.language = language
        self.tag = tag
        self.author = author
    }

    /// A condition on table alias `a` (article); binds five values in order, see `arguments`.
    static let sqlCondition = """
        (?1 IS NULL OR substr(a.published, 1, 10) >= ?1) AND (?2 IS NULL OR substr(a.published, 1, 10) <= ?2)
        AND (?3 IS NULL OR a.lang = ?3)
        AND (?4 IS NULL OR EXISTS (SELECT 1 FROM article_tag t WHERE t.article_id = a.id AND t.tag = ?4))
        AND (?5 IS NULL OR a.author = ?5 COLLATE NOCASE)
        """

    /// Values for `?1`…`?5` of `sqlCondition`.
    var values: [any SQLValueConvertible] { [since, until, language?.rawValue, tag, author] }
}
