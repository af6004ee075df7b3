import ArchiveDomain
import ArchiveSQLite
import Foundation
import Testing

@testable import ArchiveRepository

@Suite struct StorageFailureTests {
    /// Files of our own text for an import: each a few sentences long, all different.
    private func writeArticles(_ count: Int, into folder: String) throws -> [InputFile] {
        try (1...count).map { number in
            let path = folder + "/article-\(number).txt"
            let paragraph = (1...20).map {
                "Sentence \($0) of article \(number) reports a rise of \($0 + number)% in March."
            }
            .joined(separator: " ")
            try "2025-03-0\(number % 9 + 1)\nArticle \(number)\n\(paragraph)\n".write(
                toFile: path, atomically: true, encoding: .utf8)
            return InputFile(displayName: "article-\(number).txt", path: path)
        }
    }

    @Test func fullDiskFailsWithASentenceAndKeepsTheArchiveAsItWas() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let repository = try ReliabilityFixtures.repository(articles: 3, path: folder + "/archive.sqlite")
        let before = try repository.statistics()
        // The file may not grow past a few more pages: what a full disk looks like to SQLite (SQLITE_FULL).
        let pages = try repository.database.fetchOne("PRAGMA page_count") { try $0.int(0) } ?? 0
        try repository.database.execute("PRAGMA max_page_count = \(pages + 3)")
        let files = try writeArticles(60, into: folder)
        let error = #expect(throws: ArchiveError.self) {
            _ = try Importer(repository: repository).run(files) { _, _ in }
        }
        #expect(
            error?.description == "Could not write to the archive: the disk is full; free some space and run again.")
        let after = try repository.statistics()
        #expect(after.articles == before.articles)
        #expect(after.sections == before.sections)
        #expect(after.claims == before.claims)
        #expect(repository.check().isHealthy)
    }

    @Test func readOnlyArchiveRefusesWritesWithASentence() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/archive.sqlite"
        _ = try ReliabilityFixtures.repository(articles: 2, path: path)
        let readOnly = try ArticleRepository(path: path, readOnly: true)
        let files = try writeArticles(2, into: folder)
        let importError = #expect(throws: ArchiveError.self) {
            _ = try Importer(repository: readOnly).run(files) { _, _ in }
        }
        #expect(importError?.description == "Could not write to the archive: the archive is read-only.")
        let deleteError = #expect(throws: (any Error).self) { _ = try readOnly.delete([ArticleID(1)]) }
        #expect(ArchiveError.fromStorageFailure(try #require(deleteError))?.description.contains("read-only") == true)
        #expect(try ArticleRepository(path: path, readOnly: true).statistics().articles == 2)
    }

    /// The real case: a file the user may not write. Root ignores file permissions, so this runs only as a
    /// normal user (scripts/failure-test covers it as root by dropping privileges).
    @Test(.enabled(if: geteuid() != 0)) func unwritableFileRefusesWritesWithASentence() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer {
            chmod(folder, 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let path = folder + "/archive.sqlite"
        _ = try ReliabilityFixtures.repository(articles: 2, path: path)
        let files = try writeArticles(2, into: folder)
        chmod(path, 0o444)
        chmod(folder, 0o555)
        do {
            let repository = try ArticleRepository(path: path)
            let error = #expect(throws: ArchiveError.self) {
                _ = try Importer(repository: repository).run(files) { _, _ in }
            }
            #expect(error?.description.contains("read-only") == true)
        } catch {
            #expect(error.description.contains("read-only"))
        }
        #expect(try ArticleRepository(path: path, readOnly: true).statistics().articles == 2)
    }
}
