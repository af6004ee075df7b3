import ArchiveDomain
import ArchiveSQLite
import Foundation
import Testing

@testable import ArchiveRepository

/// Claims are searched through the section index: each claim's words are its span of the section's positions, and
/// a claim matches only on the words inside its own span (claim_match.c).
@Suite struct ClaimSearchTests {
    /// One French section of three claims: the government raises taxes; the president criticises the reform; prices
    /// rise. One English article.
    static func fixture(path: String = ":memory:") throws -> SearchFixture {
        var fixture = try SearchFixture(path: path)
        try fixture.add(
            "impots", title: "Budget de l'État", language: .french,
            sections: [
                (
                    nil,
                    [
                        "Le gouvernement a annoncé une hausse des impôts de 3 % en 2026.",
                        "Le président a critiqué cette réforme devant les députés, selon l'AFP.",
                        "Les prix devraient augmenter de 2 % l'an prochain.",
                    ]
                )
            ])
        try fixture.add(
            "budget", title: "Budget vote", language: .english,
            sections: [(nil, ["The government said prices could rise by 3% next year."])])
        return fixture
    }

    static func claimTexts(_ results: SearchResults, in fixture: SearchFixture) throws -> [String] {
        try results.hits.map { hit in
            try #require(
                try fixture.repository.database.fetchOne("SELECT text FROM claim WHERE id = ?", [hit.claimID ?? 0]) {
                    try $0.string(0)
                })
        }
    }

    @Test func storedSpansCoverEachClaimsWordsAndTileTheSection() throws {
        let fixture = try Self.fixture()
        let rows = try fixture.repository.database.fetchAll(
            """
            SELECT c.token_start, c.token_end, c.text, s.text FROM claim c JOIN section s ON s.id = c.section_id
            WHERE c.article_id = 1 ORDER BY c.id
            """
        ) { (try $0.int(0), try $0.int(1), try $0.string(2), try $0.string(3)) }
        #expect(rows.count == 3)
        // "Le gouvernement a annoncé une hausse des impôts de 3 % en 2026." has 12 words; the next claim follows.
        #expect(rows.map(\.0) == [0, 12, 24])
        #expect(rows.map(\.1) == [12, 24, 33])
        #expect(fixture.repository.check().isHealthy)
    }

    @Test func everyWordMustBeInTheSameClaim() throws {
        let fixture = try Self.fixture()
        // Both words are in the section, in different sentences.
        #expect(try fixture.names("gouvernement réforme") == ["impots"])
        #expect(try fixture.search("gouvernement réforme", unit: .claims).hits.isEmpty)
        let results = try fixture.search("président réforme", unit: .claims)
        #expect(try Self.claimTexts(results, in: fixture) == [
            "Le président a critiqué cette réforme devant les députés, selon l'AFP."
        ])
    }

    @Test func anExcludedWordElsewhereInTheSectionDoesNotHideAClaim() throws {
        let fixture = try Self.fixture()
        // FTS5's NOT would drop the whole section, which mentions the president in another claim.
        let results = try fixture.search("hausse -président", unit: .claims)
        #expect(try Self.claimTexts(results, in: fixture) == [
            "Le gouvernement a annoncé une hausse des impôts de 3 % en 2026."
        ])
        #expect(try fixture.search("critiqué -président", unit: .claims).hits.isEmpty)
        #expect(try fixture.names("hausse -président") == [])
    }

    @Test func phrasesAndNearStayInsideOneClaim() throws {
        let fixture = try Self.fixture()
        // "… en 2026. Le président …": adjacent in the section, but across two claims.
        #expect(try fixture.names("\"2026 le président\"") == ["impots"])
        #expect(try fixture.search("\"2026 le président\"", unit: .claims).hits.isEmpty)
        #expect(try fixture.search("NEAR(impôts président, 10)", unit: .claims).hits.isEmpty)
        let near = try fixture.search("NEAR(gouvernement impôts, 10)", unit: .claims)
        #expect(near.total == 1)
        #expect(try fixture.search("NEAR(gouvernement impôts, 2)", unit: .claims).hits.isEmpty)
        // Three phrases, as FTS5 counts: every phrase ends within the distance of the last one's start
        // (gouvernement at word 1, hausse at 5, impôts at 7: 5 words from gouvernement's end to impôts).
        #expect(try fixture.search("NEAR(gouvernement hausse impôts, 5)", unit: .claims).total == 1)
        #expect(try fixture.search("NEAR(gouvernement hausse impôts, 4)", unit: .claims).hits.isEmpty)
    }

    @Test func alternativesStemmingAndTotalsWork() throws {
        let fixture = try Self.fixture()
        let results = try fixture.search("augmenter OR critiquer", unit: .claims)
        #expect(results.total == 2)
        #expect(
            Set(try Self.claimTexts(results, in: fixture)) == [
                "Le président a critiqué cette réforme devant les députés, selon l'AFP.",
                "Les prix devraient augmenter de 2 % l'an prochain.",
            ])
        // Stemmed across both languages: `prix` (French) and `prices` (English) are different roots.
        #expect(try fixture.search("prices", unit: .claims).total == 1)
        #expect(try fixture.search("government", unit: .claims).total == 1)
    }

    @Test func snippetIsTheClaimWithItsOwnMatchesMarked() throws {
        let fixture = try Self.fixture()
        let hit = try #require(try fixture.search("président OR gouvernement", unit: .claims).hits.first)
        let marked = hit.snippet
        #expect(!marked.contains("\u{11}"))
        let plain = marked.replacingOccurrences(of: SearchHit.matchStart, with: "")
            .replacingOccurrences(of: SearchHit.matchEnd, with: "")
        #expect(try Self.claimTexts(SearchResults(hits: [hit], total: 1), in: fixture) == [plain])
        #expect(marked.components(separatedBy: SearchHit.matchStart).count == 2, "\(marked)")
    }

    @Test func claimTermsFilterArticlesByOneClaim() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.names("budget claim:hausse") == ["impots"])
        // In the article, not in one claim together.
        #expect(try fixture.names("budget claim:hausse claim:président") == [])
        #expect(try fixture.names("claim:prices") == ["budget"])
    }

    @Test func claimsCommandRanksThroughSections() throws {
        let fixture = try Self.fixture()
        let hits = try fixture.repository.claims(matching: ClaimQuery(text: "impôts OR augmenter", limit: 10))
        #expect(hits.count == 2)
        #expect(try fixture.repository.claims(matching: ClaimQuery(text: "gouvernement réforme", limit: 10)).isEmpty)
    }

    @Test func upgradingGivesStoredClaimsTheirSpans() throws {
        let path = TemporaryArchive.path("claim-spans")
        defer { TemporaryArchive.remove(path) }
        let spansSQL = "SELECT id, token_start, token_end FROM claim ORDER BY id"
        var fresh: [[Int]] = []
        do {
            let fixture = try Self.fixture(path: path)
            fresh = try fixture.repository.database.fetchAll(spansSQL) { [try $0.int(0), try $0.int(1), try $0.int(2)] }
            try fixture.repository.database.execute("PRAGMA user_version = 5")
            try SchemaRollback.undoClaimsThroughSections(on: fixture.repository.database)
        }
        let repository = try ArticleRepository(path: path)
        #expect(repository.schemaVersion == Schema.latestVersion)
        #expect(try repository.database.fetchAll(spansSQL) { [try $0.int(0), try $0.int(1), try $0.int(2)] } == fresh)
        #expect(fresh.count == 4)
        #expect(try repository.database.fetchOne("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'claim_fts%'") {
            try $0.int(0)
        } == 0)
        #expect(repository.check().isHealthy, "\(repository.check().problems)")
    }
}
