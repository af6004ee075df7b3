import ArchiveDomain
import ArchiveSQLite
import CSearchTokenizer

/// The `archive_stem` FTS5 tokenizer (C, in `CSearchTokenizer`): every connection must register it before it
/// touches `section_fts`, including the migrations that create it.
enum SearchTokenizer {
    /// Where Debian's `hunspell-fr` and `hunspell-en-us` put their dictionaries; `$ARCHIVE_HUNSPELL_DIR` overrides.
    static var dictionaryFolder: String {
        Environment.value("ARCHIVE_HUNSPELL_DIR") ?? "/usr/share/hunspell"
    }

    static func register(on database: Database) throws {
        let code = archive_search_register(database.handle, dictionaryFolder)
        guard code == 0 else {
            throw SQLiteError(extendedCode: code, message: "could not register the archive_stem search tokenizer")
        }
    }

    /// What to tell the user when a stemming library, loaded on first use, cannot be; nil when both load. A
    /// writing connection refuses to open then (it would store an index later searches cannot match), and a query
    /// that needs Snowball fails with this rather than matching without roots.
    static var missingLibraryProblem: String? {
        guard let missing = archive_stemming_library_missing() else { return nil }
        return SystemLibrary.unloadable(
            "stemming", file: String(cString: missing), packages: "libstemmer0d and libhunspell-1.7-0")
    }

    /// Seconds spent tokenizing stored text on this connection so far.
    static func documentSeconds(on database: Database) -> Double {
        archive_search_document_seconds(database.handle)
    }
}
