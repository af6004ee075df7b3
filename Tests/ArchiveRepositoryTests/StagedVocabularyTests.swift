import ArchiveDomain
import Foundation
import Testing

@testable import ArchiveRepository

/// An import appends the words it meets for the first time to `search_vocabulary_staged` and adds them to
/// `search_vocabulary` at its end (migration 0009). Searches must not lose a root in between, and what an
/// interrupted import staged must reach the vocabulary with the next one.
@Suite struct StagedVocabularyTests {
    static func count(_ sql: String, in repository: ArticleRepository) throws -> Int {
        try repository.database.fetchOne(sql) { try $0.int(0) } ?? -1
    }

    static func vocabularyHas(_ word: String, in repository: ArticleRepository) throws -> Bool {
        try repository.database.fetchOne("SELECT 1 FROM search_vocabulary WHERE word = ?", [word]) { _ in true }
            ?? false
    }

    /// `vont` finds forms of `aller` only through its vocabulary row: Snowball alone leaves it `vont`.
    static func addArticles(to fixture: inout SearchFixture) throws {
        try fixture.add(
            "vacances", title: "Les familles partent", language: .french,
            sections: [(nil, ["Cet été, les familles vont plus souvent sur la côte."])])
        try fixture.add(
            "marche", title: "Une marche en montagne", language: .french,
            sections: [(nil, ["Les randonneurs aiment aller au sommet avant l'aube."])])
    }

    @Test func aLargeImportLeavesEveryNewWordInTheVocabularyAndNoneStaged() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // More than one batch: a single one writes its words straight into the vocabulary.
        for number in 0..<301 {
            try Data("Titre \(number)\nLes familles vont à la mer \(number) fois par an, selon la mairie.\n".utf8)
                .write(to: URL(fileURLWithPath: folder).appendingPathComponent("article-\(number).txt"))
        }
        let repository = try ArticleRepository(path: ":memory:")
        let (files, _) = InputFile.expand([folder])
        let summary = try Importer(repository: repository).run(files) { _, _ in }
        #expect(summary.imported == 301)
        #expect(try repository.stagedWordCount() == 0)
        #expect(try Self.vocabularyHas("vont", in: repository))
        #expect(try Self.vocabularyHas("familles", in: repository))
        // One row per word, however many articles had it.
        #expect(try Self.count("SELECT count(*) FROM search_vocabulary WHERE word = 'mairie'", in: repository) == 1)
    }

    @Test func searchesReadStagedWordsUntilTheNextImportMovesThem() throws {
        var fixture = try SearchFixture()
        let repository = fixture.repository
        // What an import killed before its end leaves: committed articles, their new words still staged.
        try repository.withStagedVocabulary { try Self.addArticles(to: &fixture) }
        #expect(try repository.stagedWordCount() > 0)
        #expect(try !Self.vocabularyHas("vont", in: repository))
        #expect(try fixture.names("vont").sorted() == ["marche", "vacances"])
        let report = repository.check()
        #expect(report.isHealthy, "\(report.problems)")
        #expect(report.notes.contains { $0.contains("waiting to join the search vocabulary") })

        _ = try Importer(repository: repository).run([]) { _, _ in }
        #expect(try repository.stagedWordCount() == 0)
        #expect(try Self.vocabularyHas("vont", in: repository))
        #expect(try fixture.names("vont").sorted() == ["marche", "vacances"])
        #expect(repository.check().notes.isEmpty)
    }

    /// A word met twice while staging (two imports at once, or a batch retried article by article) gets one row.
    @Test func wordsStagedTwiceMergeIntoOneRow() throws {
        var fixture = try SearchFixture()
        let repository = fixture.repository
        try repository.withStagedVocabulary { try Self.addArticles(to: &fixture) }
        // Copies the staged rows, as a second import that met the same words would have staged them.
        try repository.database.execute(
            "INSERT INTO search_vocabulary_staged SELECT * FROM search_vocabulary_staged")
        try repository.mergeStagedVocabulary()
        #expect(try Self.count("SELECT count(*) FROM search_vocabulary WHERE word = 'vont'", in: repository) == 1)
        #expect(try repository.stagedWordCount() == 0)
    }

    /// A rolled-back transaction takes its words' vocabulary rows with it; the tokenizer must not go on believing
    /// they are stored, or the same words written again later would never get a row.
    @Test func wordsOfARolledBackTransactionAreStoredWhenWrittenAgain() throws {
        var fixture = try SearchFixture()
        let repository = fixture.repository
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try repository.batch {
                try Self.addArticles(to: &fixture)
                throw Refused()
            }
        }
        #expect(try !Self.vocabularyHas("vont", in: repository))
        var again = SearchFixture(repository: repository)
        try Self.addArticles(to: &again)
        #expect(try Self.vocabularyHas("vont", in: repository))
        #expect(try again.names("vont").sorted() == ["marche", "vacances"])
    }
}
