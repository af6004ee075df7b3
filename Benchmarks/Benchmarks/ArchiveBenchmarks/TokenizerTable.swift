import ArchiveSQLite
import CSearchTokenizer

/// A contentless FTS5 table in memory with the archive's columns, so inserting into it costs the tokenizer and the
/// index's pending terms and nothing else (no stored copy of the text, no claims, no triggers).
final class TokenizerTable {
    /// The archive's own tokenizer, and plain SQLite folding (what the archive used before stemming) to compare.
    enum Tokenizer: String, CaseIterable {
        case archiveStem = "archive_stem"
        case unicode61 = "unicode61 remove_diacritics 2"
    }

    private let database: Database
    private static let insertSQL = "INSERT INTO section_fts (title, heading, body) VALUES (?, ?, ?)"

    init(_ tokenizer: Tokenizer) throws {
        database = try Database(path: ":memory:")
        // The same registration every archive connection runs; NULL means Debian's /usr/share/hunspell.
        let code = archive_search_register(database.handle, nil)
        guard code == 0 else {
            throw SQLiteError(extendedCode: code, message: "could not register the archive_stem search tokenizer")
        }
        // archive_stem keeps its word → roots cache in this table (migration 0002); it must exist to tokenize.
        try database.execute(
            """
            CREATE TABLE search_vocabulary (
                word TEXT NOT NULL PRIMARY KEY, folded TEXT NOT NULL, roots TEXT NOT NULL, query_roots TEXT NOT NULL
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX search_vocabulary_folded ON search_vocabulary (folded);
            CREATE VIRTUAL TABLE section_fts USING fts5(
                title, heading, body, content = '', tokenize = '\(tokenizer.rawValue)'
            );
            """)
    }

    func begin() throws { try database.execute("BEGIN") }

    /// Undoes the inserts without writing a segment: the next sample starts from the same empty index.
    func rollBack() throws { try database.execute("ROLLBACK") }

    func insert(title: String, heading: String?, body: String) throws {
        try database.execute(Self.insertSQL, [title, heading, body])
    }
}
