import ArchiveDomain
import ArchiveSQLite
import Foundation
import Testing

@testable import ArchiveRepository

/// Section ids carry their article (`article_id << 16 | position`): stored that way on import, converted by
/// migration 0004 in older archives, and search's one-pass ranking agrees with the SQL path that filters.
@Suite struct SectionRowIDTests {
    @Test func importedSectionsCarryTheirArticleAndPosition() throws {
        let fixture = try SearchFixture.standard()
        let rows = try fixture.repository.database.fetchAll("SELECT id, article_id, position FROM section") {
            (try $0.int64(0), try $0.int64(1), try $0.int(2))
        }
        #expect(rows.count >= 6)
        for (id, article, position) in rows {
            #expect(id == article * 65_536 + Int64(position))
            #expect(SectionRowID.article(of: id) == article)
        }
        #expect(fixture.repository.check().problems.isEmpty)
    }

    @Test func upgradingRenumbersSectionsAndTheirClaims() throws {
        let path = TemporaryArchive.path("section-ids")
        defer { TemporaryArchive.remove(path) }
        var before: [String] = []
        do {
            // An archive at schema 3: sections numbered 1, 2, 3… across articles, claims with their own index.
            let repository = try ArticleRepository(path: path)
            try repository.database.execute("PRAGMA user_version = 3")
            try repository.database.execute("DROP TRIGGER section_au")
            try repository.database.execute("PRAGMA foreign_keys = OFF")
            var fixture = SearchFixture(repository: repository)
            try fixture.add(
                "first", title: "Les éditeurs publient", language: .french,
                sections: [(nil, ["Ils faisaient des livres."]), ("Suite", ["Le gouvernement a publié un décret."])])
            try fixture.add(
                "second", title: "Budget vote", language: .english,
                sections: [(nil, ["The government said prices could rise by 3% next year."])])
            try repository.database.execute(
                """
                UPDATE claim SET section_id = (SELECT s.article_id * 10 + s.position FROM section s WHERE s.id = claim.section_id);
                UPDATE section SET id = article_id * 10 + position;
                CREATE INDEX section_search_article ON section (id, article_id);
                INSERT INTO section_fts (section_fts) VALUES ('rebuild');
                """)
            // section_au as schema 3 had it.
            try repository.database.execute(
                """
                CREATE TRIGGER section_au AFTER UPDATE ON section BEGIN
                    INSERT INTO section_fts (section_fts, rowid, title, heading, body)
                        VALUES ('delete', old.id, (SELECT title FROM article WHERE id = old.article_id), old.heading, old.text);
                    INSERT INTO section_fts (rowid, title, heading, body)
                        VALUES (new.id, (SELECT title FROM article WHERE id = new.article_id), new.heading, new.text);
                END;
                """)
            try SchemaRollback.undoClaimsThroughSections(on: repository.database)
            before = try repository.database.fetchAll("SELECT text FROM claim ORDER BY id") { try $0.string(0) }
            #expect(try repository.database.fetchOne("SELECT max(id) FROM section") { try $0.int(0) } == 20)
        }
        let repository = try ArticleRepository(path: path)
        #expect(repository.schemaVersion == Schema.latestVersion)
        let ids = try repository.database.fetchAll("SELECT id FROM section ORDER BY id") { try $0.int64(0) }
        #expect(ids == [65_536, 65_537, 131_072])
        let claims = try repository.database.fetchAll(
            "SELECT c.text, substr(s.text, c.start_offset + 1, c.end_offset - c.start_offset) FROM claim c JOIN section s ON s.id = c.section_id ORDER BY c.id"
        ) { (try $0.string(0), try $0.string(1)) }
        #expect(claims.map(\.0) == before)
        #expect(claims.allSatisfy { $0.0 == $0.1 })
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")
        let found = try repository.search(SearchQuery(text: try FTSQuery(userText: "gouvernement"))).hits
        #expect(found.map(\.articleID.rawValue) == [1])
        #expect(found.first?.heading == "Suite")
    }

    /// The unfiltered search ranks in Swift; a filter that keeps every article sends the same query through SQL.
    @Test func oneUnfilteredPassAgreesWithTheSQLPath() throws {
        var fixture = try SearchFixture.standard()
        for index in 0..<30 {
            try fixture.add(
                "extra-\(index)", title: index.isMultiple(of: 3) ? "Le gouvernement et l'énergie" : "Note \(index)",
                language: .french,
                sections: [
                    (nil, ["Le gouvernement prépare un texte sur l'énergie numéro \(index)."]),
                    ("Détails \(index)", [String(repeating: "Les gouvernements en parlent. ", count: index % 5 + 1)]),
                ])
        }
        let everything = ArticleFilter(since: "1900-01-01")
        for text in ["gouvernement", "énergie", "publier", "gouvernement OR countries", "zzzz"] {
            for unit in [SearchQuery.Unit.articles, .sections] {
                for (limit, offset) in [(10, 0), (5, 7), (100, 0)] {
                    let fast = try fixture.search(text, unit: unit, limit: limit, offset: offset)
                    let sql = try fixture.search(text, unit: unit, filter: everything, limit: limit, offset: offset)
                    #expect(fast.total == sql.total, "\(text) \(unit)")
                    #expect(fast.hits == sql.hits, "\(text) \(unit) \(limit) \(offset)")
                }
            }
        }
        #expect(try fixture.search("gouvernement").total >= 31)
    }

    @Test func anArticleWithTooManySectionsIsRefusedWithItsReason() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sections-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var json = #"{"title": "Many parts", "date": "2025-01-01", "sections": ["#
        for index in 0...SectionRowID.maximumPerArticle {
            if index > 0 { json += "," }
            json += #"{"heading": "H\#(index)", "text": "T."}"#
        }
        json += "]}"
        try Data(json.utf8).write(to: folder.appendingPathComponent("many.json"))
        try Data("2025-01-02\nA short one\nIt has one paragraph.\n".utf8).write(
            to: folder.appendingPathComponent("short.txt"))
        let repository = try ArticleRepository(path: ":memory:")
        var messages: [String] = []
        let summary = try Importer(repository: repository, options: ImportOptions()).run(
            InputFile.expand([folder.path]).files
        ) { outcome, _ in
            if case .failed(let message) = outcome.status { messages.append(message) }
        }
        #expect(summary.imported == 1)
        #expect(summary.failed == 1)
        #expect(messages.count == 1)
        #expect(messages.first?.contains("many.json") == true)
        #expect(messages.first?.contains("65537 sections") == true, "\(messages)")
    }
}

@Suite struct TitleOnlyArticleTests {
    @Test func aTitleOnlyArticleIsSearchableAndPassesTheCheck() throws {
        let repository = try ArticleRepository(path: ":memory:")
        let document = try PlainTextParser().parse("2025-04-02\nQuiz: les ministres et leurs chiens\n")
        let outcome = try repository.save(
            try PreparedArticle(sourcePath: "/test/quiz.txt", document: document), importedAt: "2025-04-03T00:00:00Z")
        guard case .imported(let id) = outcome else {
            Issue.record("not imported: \(outcome)")
            return
        }
        #expect(repository.check().problems.isEmpty, "\(repository.check().problems)")
        let hits = try repository.search(SearchQuery(text: try FTSQuery(userText: "ministre"))).hits
        #expect(hits.map(\.articleID) == [id])
    }
}
