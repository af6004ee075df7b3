import ArchiveDomain
import ArchiveSQLite
import Foundation
import Testing

@testable import ArchiveRepository

@Suite struct ClaimStorageTests {
    static let frenchArticle = """
        2025-03-20 09:01:00
        Les prix de l'énergie en question
        Selon l'Insee, le chômage s'établirait à 7,3 % fin 2025 en France. « Nous ne reculerons pas. Jamais ! », a-t-il affirmé.
        Les fabricants américains pourraient perdre 20 % de leurs ventes en Europe, selon des analystes.
        Un contexte difficile
        Si la Chine baisse ses prix, les usines des États-Unis fermeront. Le café ☕️ coûte 2 € à Paris.
        """
    static let englishArticle = """
        2025-04-02
        Rates and the housing market
        If rates stay high, home sales could fall further next year in the United States, analysts said.
        The Federal Reserve held rates at 5.25% on Wednesday, its chair Jerome Powell said.
        """

    private func repository(with articles: [(String, String)]) throws -> ArticleRepository {
        let repository = try ArticleRepository(path: ":memory:")
        for (path, text) in articles {
            let document = try PlainTextParser().parse(text)
            _ = try repository.save(
                try PreparedArticle(sourcePath: path, document: document), importedAt: "2025-05-01T00:00:00Z")
        }
        return repository
    }

    @Test func storedOffsetsSelectTheClaimTextInSQLite() throws {
        let repository = try repository(with: [("fr.txt", Self.frenchArticle), ("en.txt", Self.englishArticle)])
        let rows = try repository.database.fetchAll(
            """
            SELECT c.text, substr(s.text, c.start_offset + 1, c.end_offset - c.start_offset)
            FROM claim c JOIN section s ON s.id = c.section_id
            """
        ) { (try $0.string(0), try $0.string(1)) }
        #expect(rows.count >= 6)
        for (text, selected) in rows { #expect(text == selected) }
    }

    @Test func claimsAreFoundByActorWithoutAccentsAndByHedging() throws {
        let repository = try repository(with: [("fr.txt", Self.frenchArticle), ("en.txt", Self.englishArticle)])
        let byActor = try repository.claims(matching: ClaimQuery(actor: "etats-unis"))
        #expect(!byActor.isEmpty)
        #expect(byActor.allSatisfy { $0.claim.analysis.actors.contains { $0.norm == "États-Unis" } })
        let conditional = try repository.claims(matching: ClaimQuery(hedging: .conditional, language: .french))
        #expect(conditional.map(\.claim.text) == ["Si la Chine baisse ses prix, les usines des États-Unis fermeront."])
        #expect(conditional.first?.articleTitle == "Les prix de l'énergie en question")
        let bySource = try repository.claims(matching: ClaimQuery(source: "insee"))
        #expect(bySource.count == 1)
        let byWords = try repository.claims(matching: ClaimQuery(text: "chomage"))
        #expect(byWords.count == 1 && byWords[0].claim.text.contains("chômage"))
        #expect(try repository.claims(matching: ClaimQuery(text: "\"*)")).isEmpty)
        let quantitative = try repository.claims(matching: ClaimQuery(kind: .quantitative, minScore: 0.5, limit: 2))
        #expect(quantitative.count <= 2 && quantitative.allSatisfy { $0.claim.analysis.checkworthiness >= 0.5 })
    }

    @Test func actorsAreCountedByClaimsAndArticles() throws {
        let repository = try repository(with: [("fr.txt", Self.frenchArticle), ("en.txt", Self.englishArticle)])
        let actors = try repository.actors(language: .french)
        let unitedStates = try #require(actors.first { $0.name == "États-Unis" })
        #expect(unitedStates.claims == 2 && unitedStates.articles == 1)
        #expect(try repository.actors(language: .english).contains { $0.name == "United States" })
    }

    @Test func reanalysisRebuildsClaimsAndActorsFromStoredSections() throws {
        let repository = try repository(with: [("fr.txt", Self.frenchArticle), ("en.txt", Self.englishArticle)])
        let before = try repository.database.fetchAll("SELECT text, kind, hedging FROM claim ORDER BY id") {
            [try $0.string(0), try $0.string(1), try $0.string(2)]
        }
        try repository.database.execute("DELETE FROM claim_actor")
        let summary = try repository.reanalyze()
        #expect(summary.articles == 2 && summary.claimsBefore == before.count && summary.claimsAfter == before.count)
        let after = try repository.database.fetchAll("SELECT text, kind, hedging FROM claim ORDER BY id") {
            [try $0.string(0), try $0.string(1), try $0.string(2)]
        }
        #expect(after == before)
        #expect(try repository.actors().contains { $0.name == "États-Unis" })
    }

    @Test func deletingAnArticleRemovesItsClaimsAndActors() throws {
        let repository = try repository(with: [("fr.txt", Self.frenchArticle)])
        let id = try #require(try repository.articles().first?.id)
        #expect(try repository.delete([id]) == 1)
        #expect(try repository.database.fetchOne("SELECT count(*) FROM claim") { try $0.int(0) } == 0)
        #expect(try repository.database.fetchOne("SELECT count(*) FROM claim_actor") { try $0.int(0) } == 0)
    }

    /// Every article of the shared corpus with a body gets claims, and their offsets hold (skipped without ../shared).
    @Test func everyCorpusArticleWithABodyHasClaims() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "../shared/corpus/fr").standardizedFileURL
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: corpus.path) else { return }
        let repository = try ArticleRepository(path: ":memory:")
        for name in names.sorted().prefix(60) where name.hasSuffix(".txt") {
            let text = try String(contentsOf: corpus.appending(path: name), encoding: .utf8)
            guard let document = try? PlainTextParser().parse(text), !document.sections.isEmpty else { continue }
            guard
                case .imported(let id) = try repository.save(
                    try PreparedArticle(sourcePath: name, document: document), importedAt: "2025-05-01T00:00:00Z")
            else { continue }
            let hasBody = document.sections.contains { $0.text.split(separator: " ").count > 20 }
            if hasBody { #expect(!(try repository.claims(of: id)).isEmpty, "\(name)") }
        }
    }
}
