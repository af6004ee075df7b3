import ArchiveSQLite

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
}
