import ArchiveDomain
import ArchiveSQLite
import Foundation
import Testing

@testable import ArchiveRepository

@Suite struct ArchiveBackupTests {
    @Test func backupIsAWholeCheckedCopy() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try ReliabilityFixtures.repository(articles: 5, path: folder + "/archive.sqlite")
        try repository.backup(to: folder + "/copy.sqlite")
        let copy = try ArticleRepository(path: folder + "/copy.sqlite", readOnly: true)
        #expect(try copy.statistics().articles == 5)
        #expect(try copy.statistics().claims == (try repository.statistics().claims))
        #expect(copy.check().isHealthy)
        let query = try FTSQuery(userText: "turbines")
        #expect(try copy.search(SearchQuery(text: query)).total == 5)
        // No partial file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("partial") }.isEmpty)
    }

    @Test func backupTakesOnlyCommittedWorkWhileAnotherConnectionWrites() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/archive.sqlite"
        let repository = try ReliabilityFixtures.repository(articles: 3, path: path)
        let writer = try ArticleRepository(path: path)
        try writer.database.execute("BEGIN IMMEDIATE")
        _ = try writer.save(
            ReliabilityFixtures.prepared(ReliabilityFixtures.document(title: "Uncommitted", number: 9), path: "/x.txt"),
            importedAt: ReliabilityFixtures.importedAt)
        try repository.backup(to: folder + "/copy.sqlite")
        try writer.database.execute("COMMIT")
        #expect(try ArticleRepository(path: folder + "/copy.sqlite", readOnly: true).statistics().articles == 3)
        #expect(try repository.statistics().articles == 4)
    }

    @Test func backupRefusesToOverwriteUnlessAsked() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try ReliabilityFixtures.repository(articles: 2, path: folder + "/archive.sqlite")
        #expect(FileManager.default.createFile(atPath: folder + "/taken", contents: Data("keep me".utf8)))
        let error = #expect(throws: ArchiveError.self) { try repository.backup(to: folder + "/taken") }
        #expect(error?.description.contains("already exists") == true)
        #expect(FileManager.default.contents(atPath: folder + "/taken") == Data("keep me".utf8))
        try repository.backup(to: folder + "/taken", replacing: true)
        #expect(try ArticleRepository(path: folder + "/taken", readOnly: true).statistics().articles == 2)
    }

    @Test func backupOntoTheArchiveItselfOrAMissingFolderIsRefused() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try ReliabilityFixtures.repository(articles: 1, path: folder + "/archive.sqlite")
        let itself = #expect(throws: ArchiveError.self) {
            try repository.backup(to: folder + "/./archive.sqlite", replacing: true)
        }
        #expect(itself?.description.contains("the archive itself") == true)
        let missing = #expect(throws: ArchiveError.self) { try repository.backup(to: folder + "/no/such/copy.sqlite") }
        #expect(missing?.description.contains("does not exist") == true)
        #expect(try repository.statistics().articles == 1)
    }
}
