import ArchiveDomain
import ArchiveSQLite

extension ArticleRepository {
    /// Streams a table as CSV with a header row; rows go out as they are read, so memory stays flat.
    /// Returns the number of data rows written.
    @discardableResult
    public func export(_ table: ExportTable, filter: ArticleFilter = ArticleFilter(), to csv: CSVWriter) throws -> Int {
        let (header, sql) =
            switch table {
            case .articles: (Self.articleHeader, Self.exportArticlesSQL)
            case .sections: (Self.sectionHeader, Self.exportSectionsSQL)
            case .claims: (Self.claimHeader, Self.exportClaimsSQL)
            }
        try csv.writeRow(header)
        var count = 0
        try database.forEachRow(sql, filter.values) { row in
            for column in 0..<header.count {
                if row.isTextOrInteger(column) {
                    try row.withUTF8(column) { try csv.writeField($0, first: column == 0) }
                } else if case .real(let value) = row.value(column) {
                    try Array(String(value).utf8).withUnsafeBufferPointer { try csv.writeField($0, first: column == 0) }
                } else {
                    try csv.writeEmptyField(first: column == 0)
                }
            }
            try csv.endRow()
            count += 1
        }
        return count
    }

    static let articleHeader: [String?] = [
        "id", "title", "published", "lang", "source_path", "url", "author", "tags", "word_count", "imported_at",
        "content_sha256", "text",
    ]
    static let exportArticlesSQL = """
        SELECT a.id, a.title, a.published, a.lang, a.source_path, a.url, a.author,
               (SELECT group_concat(tag, ';') FROM (SELECT tag FROM article_tag t WHERE t.article_id = a.id ORDER BY tag)),
               a.word_count, a.imported_at, a.content_sha256,
               (SELECT group_concat(part, char(10)) FROM (
                    SELECT coalesce(s.heading || char(10), '') || s.text AS part
                    FROM section s WHERE s.article_id = a.id ORDER BY s.position))
        FROM article a WHERE \(ArticleFilter.sqlCondition) ORDER BY a.id
        """
    static let sectionHeader: [String?] = ["id", "article_id", "position", "heading", "text"]
    static let exportSectionsSQL = """
        SELECT s.id, s.article_id, s.position, s.heading, s.text
        FROM section s JOIN article a ON a.id = s.article_id
        WHERE \(ArticleFilter.sqlCondition) ORDER BY s.article_id, s.position
        """
    static let claimHeader: [String?] = [
        "id", "article_id", "article_title", "published", "section_id", "sentence_index", "clause_index",
        "start_offset", "end_offset", "text", "lang", "kind", "kinds", "hedging", "cues", "vague",
        "attribution_source", "attribution_type", "attribution_cue", "actors", "numbers", "checkworthiness",
        "extractor_version",
    ]
    static let exportClaimsSQL = """
        SELECT c.id, c.article_id, a.title, a.published, c.section_id, c.sentence_index, c.clause_index,
               c.start_offset, c.end_offset, c.text, c.lang, c.kind,
               (SELECT group_concat(value, ';') FROM json_each(c.kinds_json)),
               c.hedging,
               (SELECT group_concat(json_extract(value, '$.text') || ' (' || json_extract(value, '$.class') || ', '
                                    || json_extract(value, '$.strength') || ')', '; ')
                  FROM json_each(c.cues_json)),
               c.vague, c.attribution_source, c.attribution_type, c.attribution_cue,
               (SELECT group_concat(json_extract(value, '$.norm') || ' (' || json_extract(value, '$.type') || ')', '; ')
                  FROM json_each(c.actors_json)),
               (SELECT group_concat(json_extract(value, '$.text') || ' (' || json_extract(value, '$.kind')
                                    || coalesce(' = ' || json_extract(value, '$.value'), '')
                                    || coalesce(' ' || json_extract(value, '$.unit'), '')
                                    || CASE WHEN json_extract(value, '$.approx') THEN ', approx.' ELSE '' END || ')', '; ')
                  FROM json_each(c.numbers_json)),
               c.checkworthiness, c.extractor_version
        FROM claim c JOIN article a ON a.id = c.article_id
        WHERE \(ArticleFilter.sqlCondition) ORDER BY c.article_id, c.section_id, c.sentence_index, c.clause_index
        """
}
