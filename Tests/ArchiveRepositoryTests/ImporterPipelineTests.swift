import Foundation
import Testing

@testable import ArchiveRepository

/// The import pipeline: files prepared on a worker thread, written in batches by one writer, in input order.
@Suite struct ImporterPipelineTests {
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pipeline-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: url.appendingPathComponent(name))
        }
    }

    private func run(_ folder: Folder, on repository: ArticleRepository) throws -> (ImportSummary, [ImportOutcome]) {
        let (files, _) = InputFile.expand([folder.url.path])
        var outcomes: [ImportOutcome] = []
        let summary = try Importer(repository: repository).run(files) { outcome, _ in outcomes.append(outcome) }
        return (summary, outcomes)
    }

    @Test func importsManyBatchesInInputOrder() throws {
        let folder = try Folder()
        // 650 files: three batches of 300, so preparing and writing overlap at least twice.
        for number in 0..<650 {
            let name = "article-\(String(number + 1000)).txt"
            try folder.write(name, "Titre numéro \(number)\nLe conseil a voté \(number) mesures lundi, selon le maire.\n")
        }
        let repository = try ArticleRepository(path: ":memory:")
        let (summary, outcomes) = try run(folder, on: repository)

        #expect(summary.imported == 650)
        #expect(outcomes.map(\.file.displayName) == outcomes.map(\.file.displayName).sorted())
        let ids = outcomes.compactMap { outcome -> Int64? in
            if case .imported(let id) = outcome.status { return id.rawValue }
            return nil
        }
        #expect(ids == ids.sorted())
        let titles = try repository.articles().map(\.title)
        #expect(Set(titles) == Set((0..<650).map { "Titre numéro \($0)" }))
    }

    @Test func anArticleTheArchiveRefusesDoesNotSinkItsBatch() throws {
        let folder = try Folder()
        try folder.write("a.txt", "Premier titre\nLe premier texte parle du budget.\n")
        try folder.write("b.txt", "Titre refusé\nCe texte sera refusé par la base.\n")
        try folder.write("c.txt", "Troisième titre\nLe troisième texte parle des écoles.\n")
        let repository = try ArticleRepository(path: ":memory:")
        // Our own rule, standing in for any constraint one article's data can break.
        try repository.database.execute(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON article WHEN new.title = 'Titre refusé' "
                + "BEGIN SELECT RAISE(ABORT, 'this title is refused'); END")
        let (summary, outcomes) = try run(folder, on: repository)

        #expect(summary.imported == 2)
        #expect(summary.failed == 1)
        let failure = try #require(
            outcomes.compactMap { outcome -> String? in
                if case .failed(let message) = outcome.status { return message }
                return nil
            }.first)
        #expect(failure.contains("b.txt"))
        #expect(!failure.contains("\n"))
        #expect(Set(try repository.articles().map(\.title)) == ["Premier titre", "Troisième titre"])
    }

    @Test func timingsSplitOutTheTokenizerInsideTheWrite() throws {
        let folder = try Folder()
        for number in 0..<40 {
            try folder.write(
                "note-\(number).txt", "Note \(number)\nLes députés publient un rapport sur les transports publics.\n")
        }
        let repository = try ArticleRepository(path: ":memory:")
        let (files, _) = InputFile.expand([folder.url.path])
        let importer = Importer(repository: repository)
        _ = try importer.run(files) { _, _ in }
        #expect(importer.timings.tokenize > 0)
        #expect(importer.timings.tokenize <= importer.timings.write)
        #expect(importer.timings.summary.contains("tokenizing"))
    }
}
