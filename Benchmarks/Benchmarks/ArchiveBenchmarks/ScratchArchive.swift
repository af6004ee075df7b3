import ArchiveRepository
import Foundation

/// An archive file in a private temporary folder, removed when released: the insert, search and export
/// benchmarks run against a real file archive (WAL journal, as `archive` opens it), not an in-memory one.
final class ScratchArchive {
    /// How many articles the importer commits at a time (`Importer.batchSize`), so inserts pay the same commits.
    static let importerBatchSize = 300

    let folder: URL
    let repository: ArticleRepository

    /// Every scratch folder of this process starts with this, so a teardown can find the ones still held.
    private static let folderPrefix = "archive-bench-\(ProcessInfo.processInfo.processIdentifier)-"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent(Self.folderPrefix + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        repository = try ArticleRepository(path: folder.appendingPathComponent("archive.db").path)
    }

    /// An archive holding `articles`, for the benchmarks that read one.
    convenience init(holding articles: [PreparedArticle]) throws {
        try self.init()
        try insert(articles)
    }

    /// Saves the articles in transactions of `importerBatchSize` with the importer's connection settings, the
    /// way `Importer` writes its batches.
    func insert(_ articles: [PreparedArticle]) throws {
        let importedAt = "2026-01-01T00:00:00Z"
        try repository.withBulkWriteSettings {
            for start in stride(from: 0, to: articles.count, by: Self.importerBatchSize) {
                let batch = articles[start..<min(start + Self.importerBatchSize, articles.count)]
                try repository.batch {
                    for article in batch { _ = try repository.save(article, importedAt: importedAt) }
                }
            }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Removes this process's scratch folders. A benchmark's setup result is never released (the process exits
    /// after the run, which runs no deinit), so the benchmarks that keep an archive call this as their teardown.
    static func removeAll() {
        let temporary = FileManager.default.temporaryDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? []
        for name in names where name.hasPrefix(folderPrefix) {
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
    }
}
