import ArchiveDomain
import ArchiveSQLite

extension ArticleRepository {
    /// Articles matching the query, best first (BM25, title weighted above headings above body), one hit per
    /// article with its best section and a highlighted snippet.
    public func search(_ query: SearchQuery) throws -> SearchResults {
        let weights = query.weights
        let rows = try database.fetchAll(
            Self.searchSQL,
            query.filter.values + [
                query.text.expression, weights.title, weights.heading, weights.body, query.limit, query.offset,
            ]
        ) { row in
            (
                ArticleID(try row.int64(0)), try row.string(1), row.optionalString(2), try row.string(3),
                try row.int64(4), row.optionalString(5), try row.double(6), try row.int(7)
            )
        }
        var hits: [SearchHit] = []
        for row in rows {
            let snippet =
                try database.fetchOne(
                    Self.snippetSQL, [SearchHit.matchStart, SearchHit.matchEnd, query.text.expression, row.4]
                ) { try $0.string(0) } ?? ""
            hits.append(
                SearchHit(
                    articleID: row.0, title: row.1, published: row.2, language: Language(rawValue: row.3) ?? .english,
                    heading: row.5, snippet: snippet, score: row.6))
        }
        return SearchResults(hits: hits, total: rows.first?.7 ?? 0)
    }

    // ?1…?5 filter, ?6 match expression, ?7–?9 weights, ?10 limit, ?11 offset.
    static let searchSQL = """
        WITH matches AS MATERIALIZED (
            SELECT section_fts.rowid AS section_id, bm25(section_fts, ?7, ?8, ?9) AS score
            FROM section_fts WHERE section_fts MATCH ?6
        ), best AS (
            SELECT s.article_id AS article_id, m.section_id AS section_id, min(m.score) AS score
            FROM matches m JOIN section s ON s.id = m.section_id
            GROUP BY s.article_id
        )
        SELECT a.id, a.title, a.published, a.lang, b.section_id, s.heading, b.score, count(*) OVER ()
        FROM best b JOIN article a ON a.id = b.article_id JOIN section s ON s.id = b.section_id
        WHERE \(ArticleFilter.sqlCondition)
        ORDER BY b.score, a.id LIMIT ?10 OFFSET ?11
        """
    static let snippetSQL = """
        SELECT snippet(section_fts, 2, ?1, ?2, '…', 24) FROM section_fts WHERE section_fts MATCH ?3 AND rowid = ?4
        """
}
