import ArchiveDomain
import ArchiveSQLite

extension ArticleRepository {
    /// Hits for the query, best first (BM25, title weighted above headings above body) or newest first, each with
    /// its best section and a highlighted snippet, and the number of hits in all.
    public func search(_ query: SearchQuery) throws -> SearchResults {
        let text = query.text
        let source: SearchSource
        let claimFilter: String?
        let expression: String
        if query.unit == .claims {
            source = .claims
            claimFilter = nil
            expression = text.expression ?? text.claimExpression ?? ""
        } else if let sectionExpression = text.expression {
            source = .sections
            claimFilter = text.claimExpression
            expression = sectionExpression
        } else {
            // Only `claim:` terms: the articles (or sections) holding a matching claim.
            source = .claims
            claimFilter = nil
            expression = text.claimExpression ?? ""
        }
        let sql = Self.searchSQL(
            source: source, perArticle: query.unit == .articles, claimFilter: claimFilter != nil, order: query.order)
        var arguments: [any SQLValueConvertible] = query.filter.values + [expression, query.limit, query.offset]
        if source == .sections { arguments += [query.weights.title, query.weights.heading, query.weights.body] }
        if let claimFilter { arguments.append(claimFilter) }
        let rows = try database.fetchAll(sql, arguments) { row in
            (
                SearchHit(
                    articleID: ArticleID(try row.int64(0)), title: try row.string(1), published: row.optionalString(2),
                    language: Language(rawValue: try row.string(3)) ?? .english, sectionID: try row.int64(4),
                    heading: row.optionalString(5), claimID: row.optionalInt(8).map(Int64.init), snippet: "",
                    score: try row.double(6)),
                try row.int(7)
            )
        }
        var hits: [SearchHit] = []
        for (hit, _) in rows {
            var hit = hit
            let (snippetSQL, rowID) =
                source == .sections ? (Self.sectionSnippetSQL, hit.sectionID) : (Self.claimSnippetSQL, hit.claimID ?? 0)
            hit.snippet =
                try database.fetchOne(snippetSQL, [SearchHit.matchStart, SearchHit.matchEnd, expression, rowID]) {
                    try $0.string(0)
                } ?? ""
            hits.append(hit)
        }
        return SearchResults(hits: hits, total: rows.first?.1 ?? 0)
    }

    enum SearchSource {
        case sections
        case claims
    }

    /// Parameters: ?1…?5 filter, ?6 match expression, ?7 limit, ?8 offset; for sections ?9–?11 the column weights;
    /// with a claim filter ?12 the `claim:` expression. Only fixed fragments are assembled here, never user text.
    static func searchSQL(source: SearchSource, perArticle: Bool, claimFilter: Bool, order: SearchQuery.Order)
        -> String
    {
        let matches =
            switch source {
            case .sections:
                """
                SELECT section_fts.rowid AS section_id, NULL AS claim_id, bm25(section_fts, ?9, ?10, ?11) AS score
                FROM section_fts WHERE section_fts MATCH ?6
                """
            case .claims:
                """
                SELECT c.section_id AS section_id, claim_fts.rowid AS claim_id, bm25(claim_fts) AS score
                FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid WHERE claim_fts MATCH ?6
                """
            }
        // SQLite returns the other columns of the row holding min(): the best section of each article.
        let best =
            perArticle
            ? """
            SELECT s.article_id AS article_id, m.section_id AS section_id, m.claim_id AS claim_id, min(m.score) AS score
            FROM matches m JOIN section s ON s.id = m.section_id GROUP BY s.article_id
            """
            : """
            SELECT s.article_id AS article_id, m.section_id AS section_id, m.claim_id AS claim_id, m.score AS score
            FROM matches m JOIN section s ON s.id = m.section_id
            """
        let claimCondition =
            claimFilter
            ? " AND a.id IN (SELECT c.article_id FROM claim_fts JOIN claim c ON c.id = claim_fts.rowid WHERE claim_fts MATCH ?12)"
            : ""
        let ordering =
            switch order {
            case .relevance: "b.score, a.id, b.section_id"
            case .date: "a.published IS NULL, a.published DESC, b.score, a.id, b.section_id"
            }
        return """
            WITH matches AS MATERIALIZED (\(matches)), best AS (\(best))
            SELECT a.id, a.title, a.published, a.lang, b.section_id, s.heading, b.score, count(*) OVER (), b.claim_id
            FROM best b JOIN article a ON a.id = b.article_id JOIN section s ON s.id = b.section_id
            WHERE \(ArticleFilter.sqlCondition)\(claimCondition)
            ORDER BY \(ordering) LIMIT ?7 OFFSET ?8
            """
    }

    static let sectionSnippetSQL = """
        SELECT snippet(section_fts, 2, ?1, ?2, '…', 24) FROM section_fts WHERE section_fts MATCH ?3 AND rowid = ?4
        """
    static let claimSnippetSQL = """
        SELECT highlight(claim_fts, 0, ?1, ?2) FROM claim_fts WHERE claim_fts MATCH ?3 AND rowid = ?4
        """
}
