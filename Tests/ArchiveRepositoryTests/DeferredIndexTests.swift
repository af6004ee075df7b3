import Foundation
import Testing

@testable import ArchiveRepository

/// A large import builds `claim_actor`'s secondary indexes once at its end (migration 0007); an interrupted one
/// leaves their definitions behind, and the next import rebuilds them.
@Suite struct DeferredIndexTests {
    static let indexesSQL = """
        SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'claim_actor' AND sql IS NOT NULL
        ORDER BY name
        """

    static func indexes(of repository: ArticleRepository) throws -> [String] {
        try repository.database.fetchAll(indexesSQL) { try $0.string(0) }
    }

    @Test func aLargeImportEndsWithEveryIndexAndNothingDeferred() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deferred-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // 1,000 files: large enough for the import to defer the indexes.
        for number in 0..<1000 {
            try Data("Titre \(number)\nLa mairie de Lyon a voté \(number) mesures lundi, selon le maire.\n".utf8)
                .write(to: folder.appendingPathComponent("article-\(number).txt"))
        }
        let repository = try ArticleRepository(path: ":memory:")
        let before = try Self.indexes(of: repository)
        #expect(before == ["claim_actor_article", "claim_actor_folded"])
        let (files, _) = InputFile.expand([folder.path])
        let summary = try Importer(repository: repository).run(files) { _, _ in }
        #expect(summary.imported == 1000)
        #expect(try Self.indexes(of: repository) == before)
        #expect(try repository.deferredIndexNames().isEmpty)
        #expect(try repository.actors(limit: 1).first?.name == "Lyon")
    }

    @Test func indexesLeftByAnInterruptedImportAreRebuiltByTheNext() throws {
        let repository = try ReliabilityFixtures.repository(articles: 3)
        let before = try Self.indexes(of: repository)
        let actorsBefore = try repository.actors()
        try repository.deferIndexes()
        #expect(try Self.indexes(of: repository).isEmpty)
        // Still correct without them, and the check says what is going on without calling it damage.
        #expect(try repository.actors() == actorsBefore)
        let report = repository.check()
        #expect(report.isHealthy, "\(report.problems)")
        #expect(report.notes.contains { $0.contains("claim_actor_folded") })
        _ = try Importer(repository: repository).run([]) { _, _ in }
        #expect(try Self.indexes(of: repository) == before)
        #expect(try repository.deferredIndexNames().isEmpty)
        #expect(repository.check().notes.isEmpty)
    }
}
