import ArchiveDomain
import Foundation
import Testing

@testable import ArchiveRepository

@Suite struct ArchiveCheckTests {
    @Test func healthyArchivePassesWithItsCounts() throws {
        let repository = try ReliabilityFixtures.repository(articles: 3)
        let report = repository.check()
        #expect(report.isHealthy, "\(report.problems)")
        #expect(report.articles == 3)
        #expect(report.sections == 9)
        #expect(report.claims == (try ReliabilityFixtures.count("claim", in: repository)))
        #expect(report.claims > 0)
        #expect(report.schemaVersion == Schema.latestVersion)
        #expect(report.text(path: "a.sqlite").hasPrefix("ok: 'a.sqlite' schema"))
    }

    @Test func deletedSectionRowIsReported() throws {
        let repository = try ReliabilityFixtures.repository(articles: 2)
        // What a stray `sqlite3 archive.sqlite "DELETE FROM section …"` does: foreign keys are off in the shell.
        try repository.database.execute("PRAGMA foreign_keys = OFF")
        try repository.database.execute("DELETE FROM section WHERE article_id = 2 AND position = 1")
        let report = repository.check()
        #expect(!report.isHealthy)
        #expect(report.problems.contains { $0.contains("section missing") && $0.hasSuffix(": 2") })
        #expect(report.problems.contains { $0.contains("claims whose section or article is gone") })
        #expect(report.text(path: "a.sqlite").contains("2 problems"))
    }

    @Test func articleWithoutSectionsIsReported() throws {
        let repository = try ReliabilityFixtures.repository(articles: 2)
        try repository.database.execute("PRAGMA foreign_keys = OFF")
        try repository.database.execute("DELETE FROM section WHERE article_id = 1")
        let report = repository.check()
        #expect(report.problems.contains { $0.contains("articles without any section") && $0.hasSuffix(": 1") })
    }

    @Test func indexOutOfStepWithItsTextIsReported() throws {
        let repository = try ReliabilityFixtures.repository(articles: 2)
        // A write behind the triggers' back: the text changes, the full-text index does not.
        try repository.database.execute("DROP TRIGGER section_au")
        try repository.database.execute("UPDATE section SET text = 'Entirely different words.' WHERE article_id = 1 AND position = 0")
        try repository.database.execute(
            "UPDATE claim SET text = substr('Entirely different words.', start_offset + 1, end_offset - start_offset) WHERE section_id = (SELECT id FROM section WHERE article_id = 1 AND position = 0)"
        )
        let report = repository.check()
        #expect(report.problems.contains { $0.contains("section_fts") }, "\(report.problems)")
    }

    @Test func claimTextNoLongerMatchingItsSectionIsReported() throws {
        let repository = try ReliabilityFixtures.repository(articles: 1)
        try repository.database.execute(
            "UPDATE claim SET start_offset = start_offset + 1 WHERE id = (SELECT min(id) FROM claim)")
        let report = repository.check()
        #expect(report.problems.contains { $0.contains("text no longer matches its section") }, "\(report.problems)")
    }

    @Test func claimWordSpanNoLongerMatchingItsSectionIsReported() throws {
        let repository = try ReliabilityFixtures.repository(articles: 1)
        #expect(repository.check().isHealthy)
        try repository.database.execute(
            "UPDATE claim SET token_end = token_end + 1 WHERE id = (SELECT max(id) FROM claim)")
        let report = repository.check()
        #expect(report.problems.contains { $0.contains("word span no longer matches") }, "\(report.problems)")
    }

    @Test func truncatedFileIsReportedAsDamage() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/archive.sqlite"
        do {
            let repository = try ReliabilityFixtures.repository(articles: 40, path: path)
            #expect(repository.check().isHealthy)
        }
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
        #expect(truncate(path, off_t(size / 2)) == 0)
        // Either opening fails with a sentence about damage, or the check lists the damage.
        do {
            let report = try ArticleRepository(path: path, readOnly: true).check()
            #expect(!report.isHealthy)
            #expect(report.text(path: path).contains("problem"))
        } catch {
            #expect(error.description.contains("damaged"))
        }
    }

    @Test func wrongSchemaVersionIsReported() throws {
        let repository = try ReliabilityFixtures.repository(articles: 1)
        try repository.database.execute("PRAGMA user_version = \(Schema.latestVersion + 1)")
        let report = repository.check()
        #expect(report.problems.contains { $0.contains("schema version \(Schema.latestVersion + 1)") })
    }
}
