import ArchiveSQLite
import Foundation
import Testing

/// Puts back what later migrations removed, so a test can lower `user_version` on a new archive and have the
/// migrations from that version run again as they would on an old archive.
enum SchemaRollback {
    /// Undoes 0006: the claim index, its view and triggers (as 0005 left them), no word spans on claims.
    static func undoClaimsThroughSections(on database: Database) throws {
        try database.execute(
            """
            ALTER TABLE claim DROP COLUMN token_start;
            ALTER TABLE claim DROP COLUMN token_end;
            CREATE VIEW claim_document AS
                SELECT id, CASE lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END || text AS text
                FROM claim;
            CREATE VIRTUAL TABLE claim_fts USING fts5(
                text, content = 'claim_document', content_rowid = 'id', tokenize = 'archive_stem');
            INSERT INTO claim_fts (claim_fts) VALUES ('rebuild');
            CREATE TRIGGER claim_ad AFTER DELETE ON claim BEGIN
                INSERT INTO claim_fts (claim_fts, rowid, text)
                    VALUES ('delete', old.id,
                            CASE old.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END || old.text);
            END;
            CREATE TRIGGER claim_au AFTER UPDATE OF text, lang ON claim BEGIN
                INSERT INTO claim_fts (claim_fts, rowid, text)
                    VALUES ('delete', old.id,
                            CASE old.lang WHEN 'fr' THEN char(17) WHEN 'en' THEN char(18) ELSE '' END || old.text);
                INSERT INTO claim_fts (rowid, text) SELECT id, text FROM claim_document WHERE id = new.id;
            END;
            """)
    }

    /// Undoes 0008: the claim table's CHECK constraints as IN lists again (as 0001 wrote them). Foreign keys go off
    /// for the rebuild, as the migrator has them.
    static func undoClaimChecksWithoutLists(on database: Database) throws {
        try database.execute("PRAGMA foreign_keys = OFF")
        defer { try? database.execute("PRAGMA foreign_keys = ON") }
        let sql = try #require(
            try database.fetchOne("SELECT sql FROM sqlite_schema WHERE name = 'claim'") { try $0.string(0) })
        let listed = sql
            .replacingOccurrences(
                of: """
                    CHECK (kind = 'factual' OR kind = 'prediction' OR kind = 'causal' OR kind = 'comparative'
                                   OR kind = 'quantitative' OR kind = 'opinion')
                    """,
                with: "CHECK (kind IN ('factual', 'prediction', 'causal', 'comparative', 'quantitative', 'opinion'))")
            .replacingOccurrences(
                of: "CHECK (hedging = 'asserted' OR hedging = 'hedged' OR hedging = 'conditional')",
                with: "CHECK (hedging IN ('asserted', 'hedged', 'conditional'))")
            .replacingOccurrences(
                of: """
                    CHECK (attribution_type = 'named' OR attribution_type = 'pronoun' OR attribution_type = 'vague'
                                   OR attribution_type = 'anonymous')
                    """,
                with: "CHECK (attribution_type IN ('named', 'pronoun', 'vague', 'anonymous'))")
        #expect(listed.components(separatedBy: " IN (").count == 5, "all four lists back: \(listed)")
        try database.execute(
            listed.replacingOccurrences(of: "CREATE TABLE \"claim\"", with: "CREATE TABLE claim_listed")
                + """
                ;
                INSERT INTO claim_listed SELECT * FROM claim;
                DROP TABLE claim;
                ALTER TABLE claim_listed RENAME TO claim;
                CREATE INDEX claim_article ON claim (article_id, section_id, sentence_index);
                CREATE INDEX claim_section ON claim (section_id);
                """)
    }
}
