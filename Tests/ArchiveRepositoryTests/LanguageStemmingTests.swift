import ArchiveDomain
import ArchiveSQLite
import CSearchTokenizer
import Foundation
import Testing

@testable import ArchiveRepository

/// Words are stemmed in their article's language only (migration 0005): the pairs below were found with the
/// installed dictionaries, each joined by the other language's stemmer when documents were stemmed in both.
@Suite struct LanguageStemmingTests {
    /// French `attendant` (waiting) is also an English word, whose root is that of `attended`; French alone gives
    /// it `attendr`, the root of `attendre`.
    @Test func frenchArticleIsStemmedInFrenchOnly() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "attente", title: "La mairie se tait", language: .french,
            sections: [(nil, ["En attendant, les habitants réclament une réponse."])])
        try fixture.add(
            "concert", title: "A record crowd", language: .english,
            sections: [(nil, ["Thousands attended the concert on Sunday."])])
        #expect(try fixture.names("attended") == ["concert"])
        #expect(try fixture.names("attendre") == ["attente"])
        let roots = try fixture.repository.database.fetchOne(
            "SELECT roots_fr, roots_en FROM search_vocabulary WHERE word = 'attendant'"
        ) { (try $0.string(0).split(separator: " "), try $0.string(1).split(separator: " ")) }
        #expect(roots?.0 == ["attendr"])
        #expect(roots?.1 == ["attend"])
    }

    /// English `sales` has the French root of `saler` (to salt); English alone gives it `sale`.
    @Test func englishArticleIsStemmedInEnglishOnly() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "retail", title: "Shops report a good month", language: .english,
            sections: [(nil, ["Retail sales rose in March, the statistics office said."])])
        try fixture.add(
            "cuisine", title: "Les pâtes", language: .french,
            sections: [(nil, ["Il faut saler l'eau avant d'y jeter les pâtes."])])
        #expect(try fixture.names("saler") == ["cuisine"])
        // `sale` is an English noun and a form of the French `saler`: it finds both.
        #expect(try fixture.names("sale").sorted() == ["cuisine", "retail"])
    }

    @Test func queryWithoutLanguageFindsBothLanguagesForms() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "mairie", title: "La mairie attend", language: .french,
            sections: [(nil, ["La mairie attend une réponse du ministère."])])
        try fixture.add(
            "concert", title: "A record crowd", language: .english,
            sections: [(nil, ["Thousands attended the concert on Sunday."])])
        // `attend` is a French form of `attendre` and an English verb.
        #expect(try fixture.names("attend").sorted() == ["concert", "mairie"])
    }

    /// Without a language a query takes both languages' roots: the English root of `aimed` is also the French root
    /// of `aime` (loves). `--lang` reads the query in that language only.
    @Test func languageOptionReadsTheQueryInThatLanguage() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "mer", title: "Vacances", language: .french, sections: [(nil, ["Elle aime la mer en hiver."])])
        try fixture.add(
            "plan", title: "Budget", language: .english,
            sections: [(nil, ["The plan aimed at lower prices next year."])])
        #expect(try fixture.names("aimed").sorted() == ["mer", "plan"])
        #expect(try names(fixture, "aimed", .french).isEmpty)
        #expect(try names(fixture, "aimed", .english) == ["plan"])
        #expect(try names(fixture, "aimer", .french) == ["mer"])
        let expression = try FTSQuery(userText: "aimed \"open source\"", language: .french).expression ?? ""
        #expect(expression.contains(ARCHIVE_SEARCH_FRENCH_MARK + "aimed"))
        #expect(expression.contains(ARCHIVE_SEARCH_EXACT_MARK + "open source"))
    }

    @Test func checkStaysCleanAfterImportUpdateAndDelete() throws {
        var fixture = try SearchFixture()
        let french = try fixture.add(
            "budget", title: "Le budget de la ville", language: .french,
            sections: [
                (nil, ["Le maire a déclaré que les impôts augmenteraient de 3 % en 2026."]),
                ("Les habitants attendent", ["En attendant, les habitants réclament une réponse."]),
            ])
        try fixture.add(
            "concert", title: "A record crowd", language: .english,
            sections: [(nil, ["The organisers said that 12,000 people attended the concert on Sunday."])])
        let repository = fixture.repository
        let claims = try repository.database.fetchOne("SELECT count(*) FROM claim") { try $0.int(0) }
        #expect((claims ?? 0) > 0, "the texts should hold claims, so their word spans are checked")
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")

        // Re-import from the same path with other text: sections and claims are deleted and indexed again.
        let document = ArticleDocument(
            title: "Le budget de la ville", published: try PublicationDate(parsing: "2025-03-02"), language: .french,
            blocks: [
                Block(role: .title, text: "Le budget de la ville", line: 1),
                Block(role: .paragraph, text: "Selon le préfet, la dette a baissé de 12 % en un an.", line: 2),
            ], format: .text)
        let outcome = try repository.save(
            try PreparedArticle(sourcePath: "/test/budget.txt", document: document), importedAt: "2025-01-02T00:00:00Z")
        #expect(outcome == .updated(french))
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")

        // Changes through the triggers: a title, an article's language, a section's text, a claim's language.
        try repository.database.execute("UPDATE article SET title = 'La dette baisse' WHERE id = ?", [french.rawValue])
        try repository.database.execute("UPDATE article SET lang = 'en' WHERE id = ?", [french.rawValue])
        try repository.database.execute(
            "UPDATE section SET heading = 'Attendance' WHERE article_id = (SELECT max(id) FROM article)")
        try repository.database.execute("UPDATE claim SET lang = 'en' WHERE article_id = ?", [french.rawValue])
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")

        #expect(try repository.delete([french]) == 1)
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")
        #expect(try fixture.names("attend") == ["concert"])
    }

    /// The check compares the index with the views' marked text, so a row indexed without its mark shows up.
    @Test func rowIndexedWithoutItsMarkIsReported() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "attente", title: "La mairie se tait", language: .french,
            sections: [(nil, ["En attendant, les habitants réclament une réponse."])])
        let database = fixture.repository.database
        try database.execute(
            """
            INSERT INTO section_fts (section_fts, rowid, title, heading, body)
                SELECT 'delete', id, title, heading, body FROM section_document;
            INSERT INTO section_fts (rowid, title, heading, body)
                SELECT s.id, a.title, s.heading, s.text FROM section s JOIN article a ON a.id = s.article_id;
            """)
        let problems = fixture.repository.check().problems
        #expect(problems.contains { $0.contains("section_fts") }, "\(problems)")
    }

    @Test func snippetsAndHighlightsShowNoMark() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "budget", title: "Le budget de la ville", language: .french,
            sections: [(nil, ["Habitants et élus ont appris que les impôts augmenteraient de 3 % en 2026."])])
        try fixture.add(
            "concert", title: "A record crowd", language: .english,
            sections: [(nil, ["Organisers said that 12,000 people attended the concert on Sunday."])])
        let marks = [ARCHIVE_SEARCH_FRENCH_MARK, ARCHIVE_SEARCH_ENGLISH_MARK]
        for (query, unit) in [
            ("habitants", SearchQuery.Unit.sections), ("organisers", .sections), ("impôts", .claims),
            ("people", .claims),
        ] {
            let hits = try fixture.search(query, unit: unit).hits
            #expect(hits.count == 1, "\(query)")
            for hit in hits {
                #expect(!marks.contains { hit.snippet.contains($0) }, "\(query): \(hit.snippet.debugDescription)")
            }
        }
        let first = try #require(try fixture.search("habitants").hits.first)
        #expect(first.snippet.hasPrefix(SearchHit.matchStart + "Habitants" + SearchHit.matchEnd + " et"))
    }

    /// An archive at schema 4 (both languages' roots for every word) is re-indexed by article language.
    @Test func upgradingFromSchemaFourStemsByLanguage() throws {
        let path = TemporaryArchive.path("language-test")
        defer { TemporaryArchive.remove(path) }
        do {
            let database = try Database(path: path)
            try SearchTokenizer.register(on: database)
            try Migrator(migrations: Schema.migrations.filter { $0.version <= 4 }).migrate(database)
            try database.execute(
                """
                INSERT INTO article (id, title, lang, source_path, content_sha256, imported_at, word_count)
                VALUES (1, 'La mairie se tait', 'fr', '/a.txt', 'a', '2025-01-01T00:00:00Z', 8),
                       (2, 'A record crowd', 'en', '/b.txt', 'b', '2025-01-01T00:00:00Z', 6);
                INSERT INTO section (id, article_id, position, text)
                VALUES (65536, 1, 0, 'En attendant, les habitants réclament une réponse.'),
                       (131072, 2, 0, 'Thousands attended the concert on Sunday.');
                INSERT INTO section_fts (rowid, title, heading, body) SELECT id, title, heading, body FROM section_document;
                """)
            let before = try database.fetchAll(
                "SELECT s.article_id FROM section_fts f JOIN section s ON s.id = f.rowid WHERE section_fts MATCH 'attended' ORDER BY 1"
            ) { try $0.int64(0) }
            #expect(before == [1, 2], "schema 4 joins the French word to the English one")
        }
        let repository = try ArticleRepository(path: path)
        #expect(repository.schemaVersion == Schema.latestVersion)
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")
        for (word, expected) in [("attended", [Int64(2)]), ("attendre", [1]), ("habitant", [1])] {
            let hits = try repository.search(SearchQuery(text: try FTSQuery(userText: word))).hits
            #expect(hits.map(\.articleID.rawValue) == expected, "\(word)")
        }
        let frenchRoots = try repository.database.fetchOne(
            "SELECT roots_fr FROM search_vocabulary WHERE word = 'attendant'"
        ) { try $0.string(0) }
        #expect(frenchRoots == "attendr")
    }

    private func names(_ fixture: SearchFixture, _ text: String, _ language: Language) throws -> [String] {
        let query = try FTSQuery(userText: text, language: language)
        let hits = try fixture.repository.search(
            SearchQuery(text: query, filter: ArticleFilter(language: language))
        ).hits
        return hits.map { hit in fixture.ids.first { $0.value == hit.articleID }?.key ?? "?" }
    }
}
