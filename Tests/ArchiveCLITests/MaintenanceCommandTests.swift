import ArchiveRepository
import ArchiveSQLite
import ArgumentParser
import Foundation
import Testing

@testable import archive

@Suite struct MaintenanceCommandTests {
    /// A temporary folder holding an archive with our own example articles imported.
    private func archiveWithArticles() throws -> (folder: String, db: String) {
        let folder = NSTemporaryDirectory() + "archive-cli-maintenance-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let texts = [
            "2025-03-04\nEnergy prices ease\nWholesale gas prices fell by 7% on Monday, according to the grid operator.\n"
                + "Households still waiting\nRetail tariffs have not followed, consumer groups said on Tuesday.",
            "2025-02-11\nL'Europe et l'IA\nSelon la Commission, les investissements atteindraient 12 milliards d'euros.\n"
                + "Des modèles ouverts\nLes laboratoires français misent sur les modèles ouverts depuis 2023.",
            "2025-05-02\nCities make room for runners\nThe council said that 14 streets would close on Sundays.",
        ]
        for (index, text) in texts.enumerated() {
            try text.write(toFile: folder + "/article-\(index).txt", atomically: true, encoding: .utf8)
        }
        let db = folder + "/archive.sqlite"
        var command = try Archive.parseAsRoot(["--db", db, "import", "--quiet", folder])
        try command.run()
        return (folder, db)
    }

    private func run(_ arguments: [String]) -> ExitCode {
        do {
            var command = try Archive.parseAsRoot(arguments)
            try command.run()
            return .success
        } catch {
            return Archive.exitCode(for: error)
        }
    }

    @Test func checkPassesOnAHealthyArchiveAndFailsOnADamagedCopy() throws {
        let (folder, db) = try archiveWithArticles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["--db", db, "check"]) == .success)
        #expect(run(["--db", db, "backup", folder + "/damaged.sqlite"]) == .success)
        do {
            let damaged = try Database(path: folder + "/damaged.sqlite")
            try damaged.execute("PRAGMA foreign_keys = OFF")
            // As another SQLite tool would: it has no archive_stem tokenizer, so the index trigger must go first.
            try damaged.execute("DROP TRIGGER section_ad")
            try damaged.execute("DELETE FROM section WHERE position = 0 AND article_id = 1")
        }
        #expect(run(["--db", folder + "/damaged.sqlite", "check"]) == .failure)
        #expect(run(["--db", db, "check"]) == .success)
    }

    @Test func checkFailsOnATruncatedFile() throws {
        let (folder, db) = try archiveWithArticles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["--db", db, "backup", folder + "/copy.sqlite"]) == .success)
        let size = try #require(
            try FileManager.default.attributesOfItem(atPath: folder + "/copy.sqlite")[.size] as? Int)
        #expect(truncate(folder + "/copy.sqlite", off_t(size / 3)) == 0)
        #expect(run(["--db", folder + "/copy.sqlite", "check"]) == .failure)
    }

    @Test func checkOfAMissingArchiveIsAnErrorNotACreation() throws {
        let path = NSTemporaryDirectory() + "archive-cli-missing-\(UUID().uuidString).sqlite"
        #expect(run(["--db", path, "check"]) == .failure)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func deleteRemovesTheGivenArticlesAndReportsMissingOnes() throws {
        let (folder, db) = try archiveWithArticles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["--db", db, "delete", "2", "2"]) == .success)
        #expect(run(["--db", db, "delete", "1", "42"]) == .failure)
        let repository = try ArticleRepository(path: db, readOnly: true)
        #expect(try repository.articles().map(\.id.rawValue) == [3])
        #expect(repository.check().isHealthy)
    }

    @Test func deleteAndBackupValidateTheirArguments() {
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["delete"]) }
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["delete", "0"]) }
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["delete", "abc"]) }
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["backup"]) }
    }

    @Test func backupRefusesAnExistingFileWithoutForce() throws {
        let (folder, db) = try archiveWithArticles()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["--db", db, "backup", folder + "/copy.sqlite"]) == .success)
        #expect(run(["--db", db, "backup", folder + "/copy.sqlite"]) == .failure)
        #expect(run(["--db", db, "backup", "--force", folder + "/copy.sqlite"]) == .success)
        #expect(run(["--db", folder + "/copy.sqlite", "check"]) == .success)
    }

    @Test func sqliteFailuresReachTheUserAsSentences() {
        let busy = SQLiteError(extendedCode: 5, message: "database is locked")
        let message = Archive.message(for: ArchiveError.fromStorageFailure(busy)!)
        #expect(message.contains("stayed locked by another process; try again"))
        #expect(!message.contains("SQLite"))
        #expect(ArchiveError.fromStorageFailure(ValidationError("x")) == nil)
    }
}
