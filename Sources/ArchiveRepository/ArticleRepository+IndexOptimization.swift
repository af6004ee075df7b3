extension ArticleRepository {
    /// Merges the full-text index into one b-tree. Every committed batch leaves FTS5 a new segment and automerge
    /// only bounds their number, so after a large import a query would read many; one merge at the end keeps
    /// search latency flat as the archive grows.
    func optimizeSearchIndexes() throws {
        try database.execute("INSERT INTO section_fts (section_fts) VALUES ('optimize')")
    }
}
