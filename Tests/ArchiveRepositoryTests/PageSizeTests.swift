import ArchiveSQLite
import Testing

@testable import ArchiveRepository

/// A new archive uses 16 KiB pages (fewer WAL frames and b-tree splits on import); an existing one keeps its own,
/// since SQLite fixes the page size of a WAL database for good.
@Suite struct PageSizeTests {
    @Test func aNewArchiveUsesLargePages() throws {
        let path = TemporaryArchive.path("page-size")
        defer { TemporaryArchive.remove(path) }
        let repository = try ArticleRepository(path: path)
        #expect(try repository.database.fetchOne("PRAGMA page_size") { try $0.int(0) } == ArticleRepository.pageSize)
        #expect(ArticleRepository.pageSize == 16_384)
    }

    @Test func anExistingArchiveKeepsItsPageSize() throws {
        let path = TemporaryArchive.path("page-size")
        defer { TemporaryArchive.remove(path) }
        do {
            // An archive made before: SQLite's default 4 KiB pages, fixed by its first table.
            let database = try Database(path: path)
            try database.execute("CREATE TABLE made_before (x)")
        }
        let repository = try ArticleRepository(path: path)
        #expect(try repository.database.fetchOne("PRAGMA page_size") { try $0.int(0) } == 4096)
        _ = try repository.save(try Samples.prepared(Samples.french, path: "/a/fr.txt"), importedAt: "2025-06-01")
        #expect(repository.check().isHealthy)
    }
}
