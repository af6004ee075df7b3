import ArchiveDomain
import ArchiveSQLite
import FoundationEssentials

extension ArticleRepository {
    public func article(id: ArticleID) throws -> Article? {
        try database.fetchOne(Self.articleByIDSQL, [id.rawValue]) { try decodeArticle($0) }
    }

    public func sections(of id: ArticleID) throws -> [StoredSection] {
        try database.fetchAll(Self.sectionsSQL, [id.rawValue]) {
            StoredSection(
                id: try $0.int64(0), position: try $0.int(1),
                section: Section(heading: $0.optionalString(2), text: try $0.string(3)))
        }
    }

    public func claims(of id: ArticleID) throws -> [Claim] {
        try database.fetchAll(Self.claimsOfArticleSQL, [id.rawValue]) { try decodeClaim($0) }
    }

    /// How many articles the archive holds.
    func articleCount() throws -> Int {
        try database.fetchOne("SELECT count(*) FROM article") { try $0.int(0) } ?? 0
    }

    /// Articles matching `filter`, newest first.
    public func articles(matching filter: ArticleFilter = ArticleFilter(), limit: Int = -1, offset: Int = 0) throws
        -> [Article]
    {
        try database.fetchAll(Self.listSQL, filter.values + [limit, offset]) { try decodeArticle($0) }
    }

    public func statistics() throws -> ArchiveStatistics {
        let counts = try database.fetchOne(Self.countsSQL) {
            (try $0.int(0), try $0.int(1), try $0.int(2), $0.optionalString(3), $0.optionalString(4), try $0.int(5))
        }!
        let perLanguage = try database.fetchAll(Self.perLanguageSQL) { (try $0.string(0), try $0.int(1)) }
        let pageSize = try database.fetchOne("PRAGMA page_size") { try $0.int(0) } ?? 0
        let pageCount = try database.fetchOne("PRAGMA page_count") { try $0.int(0) } ?? 0
        return ArchiveStatistics(
            articles: counts.0, sections: counts.1, claims: counts.2,
            articlesPerLanguage: Dictionary(uniqueKeysWithValues: perLanguage), earliest: counts.3, latest: counts.4,
            words: counts.5, databaseBytes: pageSize * pageCount, schemaVersion: schemaVersion)
    }

    func decodeArticle(_ row: Row) throws -> Article {
        Article(
            id: ArticleID(try row.int64(0)), title: try row.string(1), published: row.optionalString(2),
            language: Language(rawValue: try row.string(3)) ?? .english, sourcePath: try row.string(4),
            contentSHA256: try row.string(5), importedAt: try row.string(6), wordCount: try row.int(7),
            format: SourceFormat(rawValue: try row.string(8)) ?? .text, url: row.optionalString(9),
            author: row.optionalString(10),
            tags: row.optionalString(11).map { $0.split(separator: "\u{1F}").map(String.init) } ?? [])
    }

    func decodeClaim(_ row: Row) throws -> Claim {
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ column: Int, as type: T.Type) throws -> T {
            try decoder.decode(T.self, from: Data(try row.string(column).utf8))
        }
        var attribution: Attribution?
        if let source = row.optionalString(12), let type = row.optionalString(13).flatMap(Attribution.SourceType.init) {
            attribution = Attribution(
                source: source, start: row.optionalInt(15) ?? 0, end: row.optionalInt(16) ?? 0,
                cue: row.optionalString(14) ?? "", type: type)
        }
        let analysis = ClaimAnalysis(
            kind: ClaimAnalysis.Kind(rawValue: try row.string(7)) ?? .factual,
            kinds: try decode(8, as: [ClaimAnalysis.Kind].self),
            hedging: ClaimAnalysis.Hedging(rawValue: try row.string(9)) ?? .asserted,
            cues: try decode(10, as: [Cue].self), vague: try row.int(11) != 0, attribution: attribution,
            actors: try decode(17, as: [Actor].self), numbers: try decode(18, as: [NumberMention].self),
            checkworthiness: try row.double(19))
        return Claim(
            id: try row.int64(0), articleID: ArticleID(try row.int64(1)), sectionID: try row.int64(2),
            sentenceIndex: try row.int(3), clauseIndex: try row.int(22), start: try row.int(4), end: try row.int(5),
            text: try row.string(6), language: Language(rawValue: try row.string(21)) ?? .english,
            analysis: analysis, extractorVersion: try row.string(20))
    }

    static let articleColumns = """
        a.id, a.title, a.published, a.lang, a.source_path, a.content_sha256, a.imported_at, a.word_count, a.format,
        a.url, a.author, (SELECT group_concat(tag, char(31)) FROM article_tag t WHERE t.article_id = a.id)
        """
    static let claimColumns = """
        c.id, c.article_id, c.section_id, c.sentence_index, c.start_offset, c.end_offset, c.text, c.kind,
        c.kinds_json, c.hedging, c.cues_json, c.vague, c.attribution_source, c.attribution_type, c.attribution_cue,
        c.attribution_start, c.attribution_end, c.actors_json, c.numbers_json, c.checkworthiness,
        c.extractor_version, c.lang, c.clause_index
        """
    static let articleByIDSQL = "SELECT \(articleColumns) FROM article a WHERE a.id = ?"
    static let sectionsSQL = "SELECT id, position, heading, text FROM section WHERE article_id = ? ORDER BY position"
    static let claimsOfArticleSQL = """
        SELECT \(claimColumns) FROM claim c JOIN section s ON s.id = c.section_id
        WHERE c.article_id = ? ORDER BY s.position, c.sentence_index, c.clause_index
        """
    static let listSQL = """
        SELECT \(articleColumns) FROM article a WHERE \(ArticleFilter.sqlCondition)
        ORDER BY a.published DESC, a.id DESC LIMIT ?6 OFFSET ?7
        """
    static let countsSQL = """
        SELECT (SELECT count(*) FROM article), (SELECT count(*) FROM section), (SELECT count(*) FROM claim),
               (SELECT min(published) FROM article), (SELECT max(published) FROM article),
               (SELECT coalesce(sum(word_count), 0) FROM article)
        """
    static let perLanguageSQL = "SELECT lang, count(*) FROM article GROUP BY lang ORDER BY lang"
}
