import ArchiveDomain
import Testing

@testable import ArchiveRepository

@Suite struct ArticleDeletionTests {
    @Test func deleteRemovesEverythingOfTheArticleAndNothingElse() throws {
        let repository = try ReliabilityFixtures.repository(articles: 3)
        _ = try repository.save(
            ReliabilityFixtures.prepared(
                ReliabilityFixtures.document(title: "Tagged", tags: ["energy"], number: 4), path: "/t.txt"),
            importedAt: ReliabilityFixtures.importedAt)
        let claimsBefore = try ReliabilityFixtures.count("claim", in: repository)
        let claimsOfTwo = try repository.claims(of: ArticleID(2)).count
        let claimsOfFour = try repository.claims(of: ArticleID(4)).count
        #expect(try repository.delete([ArticleID(2), ArticleID(4), ArticleID(99)]) == 2)
        #expect(try repository.article(id: ArticleID(2)) == nil)
        #expect(try repository.sections(of: ArticleID(2)).isEmpty)
        #expect(try ReliabilityFixtures.count("claim", in: repository) == claimsBefore - claimsOfTwo - claimsOfFour)
        #expect(try ReliabilityFixtures.count("article_tag", in: repository) == 0)
        #expect(try ReliabilityFixtures.count("section", in: repository) == 6)
        // The index entries go too: the word only article 2 had is no longer found, the others still are.
        let query = try FTSQuery(userText: "turbines")
        #expect(
            try repository.search(SearchQuery(text: query)).hits.map(\.articleID).sorted() == [
                ArticleID(1), ArticleID(3),
            ])
        let onlyTwo = try FTSQuery(userText: "expand 2")
        #expect(try repository.search(SearchQuery(text: onlyTwo)).total == 0)
        #expect(repository.check().isHealthy)
    }

    @Test func existingIDsKeepsOnlyStoredArticlesInOrder() throws {
        let repository = try ReliabilityFixtures.repository(articles: 3)
        #expect(
            try repository.existingIDs([ArticleID(3), ArticleID(7), ArticleID(1)]) == [ArticleID(3), ArticleID(1)])
    }
}
