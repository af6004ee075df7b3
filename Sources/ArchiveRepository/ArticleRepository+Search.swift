import ArchiveDomain
import ArchiveSQLite

extension ArticleRepository {
    /// Hits for the query, best first (BM25, title weighted above headings above body) or newest first, each with
    /// its best section and a highlighted snippet, and the number of hits in all.
    public func search(_ query: SearchQuery) throws -> SearchResults {
        let text = query.text
        let source: SearchSource
        let claimFilter: ClaimMatch?
        let expression: String
        if query.unit == .claims {
            source = .claims(program: text.claimProgram ?? "")
            claimFilter = nil
            expression = text.expression ?? text.claimExpression ?? ""
        } else if let sectionExpression = text.expression {
            source = .sections
            claimFilter = text.claimExpression.map { ClaimMatch(expression: $0, program: text.claimProgram ?? "") }
            expression = sectionExpression
        } else {
            // Only `claim:` terms: the articles (or sections) holding a matching claim.
            source = .claims(program: text.claimProgram ?? "")
            claimFilter = nil
            expression = text.claimExpression ?? ""
        }
        let page: [SearchHit]
        let total: Int
        if source == .sections, claimFilter == nil, query.filter == ArticleFilter(), query.order == .relevance {
            (page, total) = try rankSections(matching: expression, query)
        } else {
            (page, total) = try rankWithSQL(
                source: source, expression: expression, claimFilter: claimFilter, query)
        }
        var hits: [SearchHit] = []
        hits.reserveCapacity(page.count)
        for var hit in page {
            var arguments: [any SQLValueConvertible] = [
                SearchHit.matchStart, SearchHit.matchEnd, expression, hit.sectionID,
            ]
            if case .claims = source { arguments.append(hit.claimID ?? 0) }
            // The indexed text starts with its language mark, which a snippet from the column's start keeps.
            let snippet = try database.fetchOne(
                source == .sections ? Self.sectionSnippetSQL : Self.claimSnippetSQL, arguments
            ) { try $0.string(0) }
            hit.snippet = SearchLanguageMark.removed(from: snippet ?? "")
            hits.append(hit)
        }
        return SearchResults(hits: hits, total: total)
    }

    /// The common search (sections, best first, no filter) in one pass over the index: FTS5 yields matching
    /// sections in id order, a section id carries its article, and `archive_rank` (BM25, in CSearchTokenizer)
    /// scores only the sections that can still reach the page, NULL for the others, which still count in the
    /// total. Articles and headings are read for the page alone.
    private func rankSections(matching expression: String, _ query: SearchQuery) throws -> ([SearchHit], Int) {
        let perArticle = query.unit == .articles
        let (sum, overflow) = query.offset.addingReportingOverflow(query.limit)
        let keep = overflow ? Int.max : sum
        var best = BestRankedSections(capacity: keep)
        var total = 0
        var article: Int64?
        var articleBest: RankedSection?
        let weights = query.weights
        let arguments: [any SQLValueConvertible] = [
            expression, keep, perArticle ? SectionRowID.positionBits : 0, weights.title, weights.heading,
            weights.body,
        ]
        try database.forEachRow(Self.rankSectionsSQL, arguments) { row in
            let sectionID = try row.int64(0)
            let section = row.isNull(1) ? nil : RankedSection(sectionID: sectionID, score: try row.double(1))
            guard perArticle else {
                total += 1
                if let section { best.offer(section) }
                return
            }
            let articleID = SectionRowID.article(of: sectionID)
            if articleID != article {
                if let articleBest { best.offer(articleBest) }
                total += 1
                article = articleID
                articleBest = section
            } else if let section, articleBest.map({ section < $0 }) ?? true {
                articleBest = section
            }
        }
        if let articleBest { best.offer(articleBest) }
        let hits = try best.best.dropFirst(query.offset).map { section in
            try database.fetchOne(Self.sectionHitSQL, [section.sectionID]) { row in
                SearchHit(
                    articleID: ArticleID(section.articleID), title: try row.string(0), published: row.optionalString(1),
                    language: Language(rawValue: try row.string(2)) ?? .english, sectionID: section.sectionID,
                    heading: row.optionalString(3), claimID: nil, snippet: "", score: section.score)
            }
        }
        return (hits.compactMap { $0 }, total)
    }

    /// Searches that filter articles, sort by date or go through claims: SQLite ranks, filters and pages.
    private func rankWithSQL(
        source: SearchSource, expression: String, claimFilter: ClaimMatch?, _ query: SearchQuery
    ) throws -> ([SearchHit], Int) {
        let sql = Self.searchSQL(
            source: source, perArticle: query.unit == .articles, claimFilter: claimFilter != nil, order: query.order,
            filtered: query.filter != ArticleFilter())
        var arguments: [any SQLValueConvertible] = query.filter.values + [expression, query.limit, query.offset]
        switch source {
        case .sections: arguments += [query.weights.title, query.weights.heading, query.weights.body]
        case .claims(let program): arguments.append(program)
        }
        if let claimFilter { arguments += [claimFilter.expression, claimFilter.program] }
        var total = 0
        let hits = try database.fetchAll(sql, arguments) { row in
            total = try row.int(7)
            return SearchHit(
                articleID: ArticleID(try row.int64(0)), title: try row.string(1), published: row.optionalString(2),
                language: Language(rawValue: try row.string(3)) ?? .english, sectionID: try row.int64(4),
                heading: row.optionalString(5), claimID: row.optionalInt(8).map(Int64.init), snippet: "",
                score: try row.double(6))
        }
        if hits.isEmpty, query.offset > 0 {
            // Paged past the end: the count still tells how many there are.
            var first = query
            (first.limit, first.offset) = (1, 0)
            return ([], try rankWithSQL(source: source, expression: expression, claimFilter: claimFilter, first).1)
        }
        return (hits, total)
    }

    enum SearchSource: Equatable {
        case sections
        /// Claims found through the sections that hold them; `program` tests each claim (FTSQuery.claimProgram).
        case claims(program: String)
    }

    /// The `claim:` terms of a section search: the sections' expression and the program each claim must pass.
    struct ClaimMatch {
        let expression: String
        let program: String
    }

    /// Parameters: ?1…?5 filter, ?6 match expression, ?7 limit, ?8 offset; for sections ?9–?11 the column weights,
    /// for claims ?9 the claim program; with a claim filter ?12 the `claim:` expression and ?13 its program. Only
    /// fixed fragments are assembled here, never user text.
    static func searchSQL(
        source: SearchSource, perArticle: Bool, claimFilter: Bool, order: SearchQuery.Order, filtered: Bool
    ) -> String {
        let matches =
            switch source {
            case .sections:
                """
                SELECT section_fts.rowid AS section_id, NULL AS claim_id, bm25(section_fts, ?9, ?10, ?11) AS score
                FROM section_fts WHERE section_fts MATCH ?6
                """
            case .claims:
                // Non-matching claims score NULL; they are dropped below, after `matches` is materialised, so the
                // function runs once per claim.
                Self.claimMatchesSQL(expression: "?6", program: "?9")
            }
        // A section id carries its article (`SectionRowID`); headings are read only for the page shown. SQLite
        // returns the other columns of the row holding min(): the best section of each article.
        let articleOfSection = "(m.section_id >> \(SectionRowID.positionBits))"
        let best =
            perArticle
            ? """
            SELECT \(articleOfSection) AS article_id, m.section_id AS section_id, m.claim_id AS claim_id,
                   min(m.score) AS score
            FROM matches m WHERE m.score IS NOT NULL GROUP BY \(articleOfSection)
            """
            : """
            SELECT \(articleOfSection) AS article_id, m.section_id AS section_id, m.claim_id AS claim_id,
                   m.score AS score
            FROM matches m WHERE m.score IS NOT NULL
            """
        let claimCondition =
            claimFilter
            ? " AND a.id IN (SELECT f.article_id FROM (\(Self.claimMatchesSQL(expression: "?12", program: "?13"))) f "
                + "WHERE f.score IS NOT NULL)"
            : ""
        let (ordering, pageOrdering) =
            switch order {
            case .relevance: ("b.score, a.id, b.section_id", "p.score, p.id, p.section_id")
            case .date:
                (
                    "a.published IS NULL, a.published DESC, b.score, a.id, b.section_id",
                    "p.published IS NULL, p.published DESC, p.score, p.id, p.section_id"
                )
            }
        if !filtered, !claimFilter, order == .relevance {
            // Nothing to filter or sort by date: rank first, and read articles only for the page shown.
            return """
                WITH matches AS MATERIALIZED (\(matches)), best AS (\(best)), page AS (
                    SELECT b.article_id AS id, b.section_id AS section_id, b.score AS score, count(*) OVER () AS total,
                           b.claim_id AS claim_id
                    FROM best b ORDER BY b.score, b.article_id, b.section_id LIMIT ?7 OFFSET ?8
                )
                SELECT p.id, a.title, a.published, a.lang, p.section_id, s.heading, p.score, p.total, p.claim_id
                FROM page p JOIN article a ON a.id = p.id JOIN section s ON s.id = p.section_id
                ORDER BY \(pageOrdering)
                """
        }
        return """
            WITH matches AS MATERIALIZED (\(matches)), best AS (\(best)), page AS (
                SELECT a.id AS id, a.title AS title, a.published AS published, a.lang AS lang, b.section_id AS section_id,
                       b.score AS score, count(*) OVER () AS total, b.claim_id AS claim_id
                FROM best b JOIN article a ON a.id = b.article_id
                WHERE \(ArticleFilter.sqlCondition)\(claimCondition)
                ORDER BY \(ordering) LIMIT ?7 OFFSET ?8
            )
            SELECT p.id, p.title, p.published, p.lang, p.section_id, s.heading, p.score, p.total, p.claim_id
            FROM page p JOIN section s ON s.id = p.section_id
            ORDER BY \(pageOrdering)
            """
    }

    /// Every claim of every section matching `expression`, with `archive_claim_rank`'s score for `program` (NULL when
    /// the claim itself does not match). The index is the outer loop: each matching section, then its claims through
    /// `claim_section`. `expression` and `program` name parameters.
    static func claimMatchesSQL(expression: String, program: String) -> String {
        """
        SELECT c.section_id AS section_id, c.id AS claim_id, c.article_id AS article_id,
               archive_claim_rank(section_fts, \(program), c.token_start, c.token_end) AS score
        FROM section_fts CROSS JOIN claim c ON c.section_id = section_fts.rowid
        WHERE section_fts MATCH \(expression)
        """
    }

    /// ?1 match expression, ?2 hits wanted (offset + limit), ?3 bits of a section id below its group (its article,
    /// or 0: each section alone), ?4–?6 column weights. Rows come in id order, which grouping relies on.
    static let rankSectionsSQL = """
        SELECT rowid, archive_rank(section_fts, ?2, ?3, ?4, ?5, ?6) FROM section_fts WHERE section_fts MATCH ?1
        ORDER BY rowid
        """
    static let sectionHitSQL = """
        SELECT a.title, a.published, a.lang, s.heading FROM section s JOIN article a ON a.id = s.article_id
        WHERE s.id = ?
        """
    static let sectionSnippetSQL = """
        SELECT snippet(section_fts, 2, ?1, ?2, '…', 24) FROM section_fts WHERE section_fts MATCH ?3 AND rowid = ?4
        """
    /// ?1, ?2 match marks, ?3 match expression, ?4 section, ?5 claim. The body column starts with the one-byte
    /// language mark, hence the byte offsets one past the claim's.
    static let claimSnippetSQL = """
        SELECT archive_claim_highlight(
                   section_fts, ?1, ?2, c.token_start, c.token_end,
                   1 + length(CAST(substr(s.text, 1, c.start_offset) AS BLOB)),
                   1 + length(CAST(substr(s.text, 1, c.end_offset) AS BLOB)))
        FROM section_fts CROSS JOIN claim c ON c.section_id = section_fts.rowid JOIN section s ON s.id = c.section_id
        WHERE section_fts MATCH ?3 AND section_fts.rowid = ?4 AND c.id = ?5
        """
}
