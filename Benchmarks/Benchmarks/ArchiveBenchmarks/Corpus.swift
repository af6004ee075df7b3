import ArchiveDomain
import ArchiveRepository
import Foundation

/// The real articles the benchmarks read: `../shared/corpus/fr` and `../shared/corpus/en` (plain text, ~800 files).
/// They stay in ../shared, which only some machines have; without it no benchmark is registered.
enum Corpus {
    /// `../shared` next to the project folder. Found from this file's path rather than the working directory,
    /// because the benchmark tool starts each benchmark's process from wherever the user ran it.
    static let sharedFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ArchiveBenchmarks
        .deletingLastPathComponent()  // Benchmarks (sources)
        .deletingLastPathComponent()  // Benchmarks (package)
        .deletingLastPathComponent()  // the project
        .deletingLastPathComponent()
        .appendingPathComponent("shared")

    static let languageFolders = ["fr", "en"].map { sharedFolder.appendingPathComponent("corpus/\($0)") }

    /// The article files in a stable order (French, then English, by name); empty when ../shared is absent.
    /// Only lists names, so registering the benchmarks in every benchmark process stays cheap.
    static let files: [URL] = languageFolders.flatMap { folder in
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { folder.appendingPathComponent($0) }
    }

    /// One article file's text with the path the archive would store for it.
    struct ArticleText: Sendable {
        let sourcePath: String
        let text: String
    }

    /// Reads every file once (the setup of each benchmark, outside the measurement).
    static func texts() throws -> [ArticleText] {
        try files.map { file in
            let data = try Data(contentsOf: file)
            let folder = file.deletingLastPathComponent().lastPathComponent
            return ArticleText(
                sourcePath: "\(folder)/\(file.lastPathComponent)", text: String(decoding: data, as: UTF8.self))
        }
    }

    /// Every article parsed, for the benchmarks of the stages after parsing.
    static func documents() throws -> [ArticleDocument] {
        let parser = PlainTextParser()
        return try texts().map { try parser.parse($0.text) }
    }

    /// Every article parsed and analysed, ready for `ArticleRepository.save`, as the importer's worker hands them over.
    static func preparedArticles() throws -> [PreparedArticle] {
        let parser = PlainTextParser()
        let extractor = ClaimExtractor()
        let counter = try WordCounter()
        return try texts().map {
            try PreparedArticle(
                sourcePath: $0.sourcePath, document: try parser.parse($0.text), extractor: extractor, counter: counter)
        }
    }
}
