import ArchiveDomain
import ArchiveSQLite
import CSQLite

extension ArticleRepository {
    // MARK: Writing claims

    /// Writes a section's claims with their actors; each claim comes with its word span of the section (what claim
    /// search matches within). Runs inside the caller's transaction, so an article and its claims are stored
    /// together or not at all.
    func insertClaims(_ claims: [PreparedClaim], sectionID: Int64, articleID: ArticleID) throws {
        guard !claims.isEmpty else { return }
        // Bound value by value: an array of each row's values cost the writer an allocation per claim. Every
        // parameter is bound on every row (the statement keeps the last row's values), so the count must match.
        let insertClaim = try database.cachedStatement(Self.insertClaimSQL)
        let insertActor = try database.cachedStatement(Self.insertClaimActorSQL)
        guard claims.allSatisfy({ 3 + $0.values.count + 2 == insertClaim.parameterCount }) else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE, message: "a claim's values do not fill the insert",
                sql: Self.insertClaimSQL)
        }
        for claim in claims {
            try insertClaim.bind(.integer(articleID.rawValue), at: 1)
            try insertClaim.bind(.integer(sectionID), at: 2)
            try insertClaim.bind(.integer(Int64(claim.unitIndex)), at: 3)
            try insertClaim.bind(claim.values, startingAt: 4)
            let next = Int32(4 + claim.values.count)
            try insertClaim.bind(.integer(Int64(claim.tokenStart)), at: next)
            try insertClaim.bind(.integer(Int64(claim.tokenEnd)), at: next + 1)
            try insertClaim.run()
            let claimID = database.lastInsertRowID
            for actor in claim.actors {
                try insertActor.bind(.integer(claimID), at: 1)
                try insertActor.bind(.integer(articleID.rawValue), at: 2)
                try insertActor.bind(.text(actor.norm), at: 3)
                try insertActor.bind(.text(actor.folded), at: 4)
                try insertActor.bind(.text(actor.type), at: 5)
                try insertActor.run()
            }
        }
    }

    // MARK: Reading claims

    /// Claims matching `query`: best text matches first when there are words to match, else newest first.
    public func claims(matching query: ClaimQuery) throws -> [ClaimHit] {
        var match: (expression: String, program: String)?
        if let text = query.text {
            guard let compiled = ClaimQuery.match(text, language: query.language) else { return [] }
            match = compiled
        }
        if query.actor != nil || query.source != nil, let problem = Self.unicodeLibraryProblem {
            throw ArchiveError("Cannot match names: \(problem).")
        }
        let actor = query.actor.map(ActorName.folded)
        if let actor, actor.isEmpty { return [] }
        let source = query.source.map(ActorName.folded)
        let arguments: [any SQLValueConvertible] = [
            match?.expression, query.hedging?.rawValue, query.kind?.rawValue, actor, query.articleID?.rawValue,
            query.since, query.until, query.language?.rawValue, query.minScore, source == nil ? query.limit : -1,
            match?.program,
        ]
        var hits: [ClaimHit] = []
        let sql = match == nil ? Self.claimsByDateSQL : Self.claimsByRankSQL
        // A source is matched without accents in Swift, so rows are streamed until enough have matched.
        struct Enough: Error {}
        do {
            try database.forEachRow(sql, arguments) { row in
                let claim = try decodeClaim(row)
                if let source {
                    guard let stored = claim.analysis.attribution?.source,
                        ActorName.folded(stored).contains(source)
                    else { return }
                }
                hits.append(ClaimHit(claim: claim, articleTitle: try row.string(23), published: row.optionalString(24)))
                if hits.count >= query.limit { throw Enough() }
            }
        } catch is Enough {}
        return hits
    }

    /// Actors by number of claims naming them (then by name), with the number of articles.
    public func actors(language: Language? = nil, limit: Int = 50) throws -> [ActorSummary] {
        try database.fetchAll(Self.actorsSQL, [language?.rawValue, limit]) { row in
            ActorSummary(
                name: try row.string(0), type: try row.string(1), claims: try row.int(2), articles: try row.int(3))
        }
    }

    // MARK: Re-analysis

    /// Runs the current extractor again over stored sections (no file is read) and replaces every article's
    /// claims and claim actors; one transaction per batch of articles. `progress` gets the articles done so far.
    public func reanalyze(
        language: Language? = nil, extractor: ClaimExtractor = ClaimExtractor(), batchSize: Int = 500,
        progress: (Int) -> Void = { _ in }
    ) throws -> ReanalysisSummary {
        var summary = ReanalysisSummary()
        summary.claimsBefore = try database.fetchOne(Self.countClaimsSQL, [language?.rawValue]) { try $0.int(0) } ?? 0
        let articles = try database.fetchAll(Self.articlesToReanalyzeSQL, [language?.rawValue]) { row in
            (ArticleID(try row.int64(0)), Language(rawValue: try row.string(1)) ?? .english, row.optionalString(2))
        }
        // Gives the new claims their word spans, as an import's preparing threads do.
        let counter = try WordCounter()
        var start = 0
        while start < articles.count {
            let batch = articles[start..<min(start + batchSize, articles.count)]
            try database.transaction {
                for (id, articleLanguage, published) in batch {
                    let sections = try self.sections(of: id)
                    let context = ClaimContext(articleYear: published.flatMap { Int($0.prefix(4)) })
                    let units = extractor.analyze(
                        sections: sections.map(\.section.text), language: articleLanguage, context: context)
                    try database.execute(Self.deleteClaimsOfArticleSQL, [id.rawValue])
                    for (stored, sectionUnits) in zip(sections, units) {
                        try insertClaims(
                            PreparedClaim.claims(
                                of: sectionUnits, language: articleLanguage, sectionText: stored.section.text,
                                counter: counter),
                            sectionID: stored.id, articleID: id)
                    }
                }
            }
            start += batch.count
            summary.articles = start
            progress(start)
        }
        summary.claimsAfter = try database.fetchOne(Self.countClaimsSQL, [language?.rawValue]) { try $0.int(0) } ?? 0
        return summary
    }

    static let insertClaimActorSQL = """
        INSERT OR IGNORE INTO claim_actor (claim_id, article_id, norm, folded, type) VALUES (?, ?, ?, ?, ?)
        """
    // ?1 match, ?2 hedging, ?3 kind, ?4 folded actor, ?5 article, ?6 since, ?7 until, ?8 lang, ?9 min score, ?10 limit,
    // ?11 claim program (FTSQuery.claimProgram).
    static let claimConditions = """
        (?2 IS NULL OR c.hedging = ?2)
        AND (?3 IS NULL OR c.kind = ?3 OR EXISTS (SELECT 1 FROM json_each(c.kinds_json) WHERE value = ?3))
        AND (?4 IS NULL OR EXISTS (SELECT 1 FROM claim_actor ca WHERE ca.claim_id = c.id AND ca.folded = ?4))
        AND (?5 IS NULL OR c.article_id = ?5)
        AND (?6 IS NULL OR substr(a.published, 1, 10) >= ?6) AND (?7 IS NULL OR substr(a.published, 1, 10) <= ?7)
        AND (?8 IS NULL OR c.lang = ?8)
        AND (?9 IS NULL OR c.checkworthiness >= ?9)
        """
    static let claimsByDateSQL = """
        SELECT \(claimColumns), a.title, a.published
        FROM claim c JOIN article a ON a.id = c.article_id
        WHERE ?1 IS NULL AND ?11 IS NULL AND \(claimConditions)
        ORDER BY a.published DESC, c.article_id, c.section_id, c.sentence_index LIMIT ?10
        """
    // Materialised, so the rank function runs once per claim, not again for the filter and the order.
    static let claimsByRankSQL = """
        WITH m AS MATERIALIZED (\(claimMatchesSQL(expression: "?1", program: "?11")))
        SELECT \(claimColumns), a.title, a.published
        FROM m JOIN claim c ON c.id = m.claim_id JOIN article a ON a.id = c.article_id
        WHERE m.score IS NOT NULL AND \(claimConditions)
        ORDER BY m.score, c.id LIMIT ?10
        """
    // Spellings of one actor (`Trump`, `TRUMP`) are grouped; the most frequent spelling and type are shown.
    static let actorsSQL = """
        WITH top AS (
            SELECT ca.folded AS folded, count(*) AS claims, count(DISTINCT ca.article_id) AS articles
            FROM claim_actor ca JOIN article a ON a.id = ca.article_id
            WHERE ?1 IS NULL OR a.lang = ?1
            GROUP BY ca.folded ORDER BY claims DESC, ca.folded LIMIT ?2
        )
        SELECT (SELECT x.norm FROM claim_actor x WHERE x.folded = top.folded
                GROUP BY x.norm ORDER BY count(*) DESC, x.norm LIMIT 1),
               (SELECT x.type FROM claim_actor x WHERE x.folded = top.folded
                GROUP BY x.type ORDER BY count(*) DESC, x.type LIMIT 1),
               claims, articles
        FROM top ORDER BY claims DESC, folded
        """
    static let articlesToReanalyzeSQL =
        "SELECT id, lang, published FROM article WHERE ?1 IS NULL OR lang = ?1 ORDER BY id"
    static let countClaimsSQL = "SELECT count(*) FROM claim WHERE ?1 IS NULL OR lang = ?1"
    static let deleteClaimsOfArticleSQL = "DELETE FROM claim WHERE article_id = ?"
}
