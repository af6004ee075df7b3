import ArchiveSQLite

extension ArticleRepository {
    /// Runs `body` with the words the search tokenizer sees for the first time appended to
    /// `search_vocabulary_staged` rather than inserted into `search_vocabulary` (migration 0009); an import then
    /// calls `mergeStagedVocabulary()`.
    func withStagedVocabulary<T>(_ body: () throws -> T) throws -> T {
        try SearchTokenizer.stageNewWords(true, on: database)
        defer { try? SearchTokenizer.stageNewWords(false, on: database) }
        return try body()
    }

    /// Moves the staged words into `search_vocabulary`, in word order, in one transaction: this import's, or what
    /// an interrupted one left. A word stored twice (two imports met it at once) keeps one row; its roots are the same.
    func mergeStagedVocabulary() throws {
        guard try stagedWordCount() > 0 else { return }
        try database.transaction {
            try database.execute(Self.mergeStagedWordsSQL)
            try database.execute(Self.clearStagedWordsSQL)
        }
    }

    /// Words waiting in `search_vocabulary_staged`.
    func stagedWordCount() throws -> Int {
        try database.fetchOne(Self.stagedWordCountSQL) { try $0.int(0) } ?? 0
    }

    static let mergeStagedWordsSQL = """
        INSERT OR IGNORE INTO search_vocabulary
            (word, folded, roots, roots_fr, roots_en, query_roots, query_roots_fr, query_roots_en)
        SELECT word, folded, roots, roots_fr, roots_en, query_roots, query_roots_fr, query_roots_en
        FROM search_vocabulary_staged ORDER BY word
        """
    static let clearStagedWordsSQL = "DELETE FROM search_vocabulary_staged"
    static let stagedWordCountSQL = "SELECT count(*) FROM search_vocabulary_staged"
}
