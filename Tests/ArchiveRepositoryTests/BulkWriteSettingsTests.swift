import ArchiveSQLite
import Foundation
import Testing

@testable import ArchiveRepository

/// A large import tunes its connection (page cache, checkpoints on a thread of their own) and gives the
/// connection its settings back afterwards, also when the import fails.
@Suite struct BulkWriteSettingsTests {
    static func settings(of repository: ArticleRepository) throws -> [Int] {
        try ["cache_size", "wal_autocheckpoint"].map { name in
            try repository.database.fetchOne("PRAGMA \(name)") { try $0.int(0) } ?? -1
        }
    }

    @Test func theConnectionGetsItsSettingsBackAfterAnImport() throws {
        let path = TemporaryArchive.path("bulk-write")
        defer { TemporaryArchive.remove(path) }
        let repository = try ArticleRepository(path: path)
        try repository.database.execute("PRAGMA wal_autocheckpoint = 700")
        let before = try Self.settings(of: repository)
        let during = try repository.withBulkWriteSettings {
            _ = try repository.save(try Samples.prepared(Samples.french, path: "/a/fr.txt"), importedAt: "2025-06-01")
            return try Self.settings(of: repository)
        }
        // During: a 24 MiB cache, and SQLite's own checkpoints off (the checkpointer's hook replaces them).
        #expect(during == [-24576, 0])
        #expect(try Self.settings(of: repository) == before)
        #expect(before == [-2000, 700])
    }

    @Test func theConnectionGetsItsSettingsBackAfterAFailedImport() throws {
        let path = TemporaryArchive.path("bulk-write")
        defer { TemporaryArchive.remove(path) }
        let repository = try ArticleRepository(path: path)
        let before = try Self.settings(of: repository)
        struct Refused: Error {}
        #expect(throws: Refused.self) { try repository.withBulkWriteSettings { throw Refused() } }
        #expect(try Self.settings(of: repository) == before)
        // The checkpoints are SQLite's again: a write past its limit is copied into the file.
        let file = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
        try repository.database.execute("CREATE TABLE filler (x BLOB)")
        try repository.database.execute("INSERT INTO filler VALUES (randomblob(20000000))")
        let grown = try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber
        #expect((grown?.intValue ?? 0) > (file?.intValue ?? 0) + 15_000_000)
    }
}
