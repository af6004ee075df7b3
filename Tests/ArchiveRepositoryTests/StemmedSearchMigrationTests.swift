import ArchiveRepository
import ArchiveSQLite
import Testing

@Suite struct StemmedSearchMigrationTests {
    @Test func upgradingAnArchiveReindexesItsArticles() throws {
        let path = TemporaryArchive.path("migration-test")
        defer { TemporaryArchive.remove(path) }
        do {
            // An archive as the first schema left it, with the plain unicode61 index.
            let database = try Database(path: path)
            try Migrator(migrations: Schema.migrations.filter { $0.version == 1 }).migrate(database)
            try database.execute(
                """
                INSERT INTO article (id, title, lang, source_path, content_sha256, imported_at, word_count)
                VALUES (1, 'Les éditeurs publient', 'fr', '/a.txt', 'x', '2025-01-01T00:00:00Z', 3);
                INSERT INTO section (id, article_id, position, text) VALUES (1, 1, 0, 'Ils faisaient des livres.');
                """)
        }
        let repository = try ArticleRepository(path: path)
        #expect(repository.schemaVersion == Schema.latestVersion)
        for word in ["publier", "faire", "livre"] {
            let hits = try repository.search(SearchQuery(text: try FTSQuery(userText: word))).hits
            #expect(hits.map(\.articleID.rawValue) == [1], "\(word)")
        }
    }
}
