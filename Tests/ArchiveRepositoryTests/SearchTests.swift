import ArchiveDomain
import ArchiveRepository
import Testing

@Suite struct SearchTests {
    private func repository() throws -> ArticleRepository {
        let repository = try ArticleRepository(path: ":memory:")
        _ = try repository.save(
            try Samples.prepared(Samples.french, path: "/fr.txt"), importedAt: "2025-06-01T00:00:00Z")
        _ = try repository.save(
            try Samples.prepared(Samples.english, path: "/en.txt"), importedAt: "2025-06-01T00:00:00Z")
        return repository
    }

    @Test func matchesWithoutDiacritics() throws {
        let results = try repository().search(SearchQuery(text: try FTSQuery(userText: "developpement")))
        #expect(results.total == 1)
        #expect(results.hits.first?.title.hasPrefix("L'Europe") == true)
        #expect(
            results.hits.first?.snippet.contains(SearchHit.matchStart + "développement" + SearchHit.matchEnd) == true)
    }

    @Test func titleMatchesRankAboveBodyMatches() throws {
        let repository = try ArticleRepository(path: ":memory:")
        let inTitle = "2025-01-01\nStorage\nA short text about something else entirely, with enough words.\n"
        let inBody = "2025-01-02\nA report\nThe storage of gas and storage of power were discussed at length here.\n"
        _ = try repository.save(try Samples.prepared(inBody, path: "/body.txt"), importedAt: "x")
        _ = try repository.save(try Samples.prepared(inTitle, path: "/title.txt"), importedAt: "x")
        let hits = try repository.search(SearchQuery(text: try FTSQuery(userText: "storage"))).hits
        #expect(hits.map(\.title) == ["Storage", "A report"])
    }

    @Test(arguments: ["l'IA", "open-source", "\"Chine:", "C++", "10 %", "NEAR(", "a AND OR NOT", "title:x", "^*"])
    func punctuationAndOperatorsNeverReachFTS5(_ text: String) throws {
        let repository = try repository()
        if let query = try? FTSQuery(userText: text) {
            _ = try repository.search(SearchQuery(text: query))
        }
    }

    @Test func queryWithoutWordsIsRejectedBeforeSearching() {
        #expect(throws: FTSQuery.Problem.self) { try FTSQuery(userText: "!!! ... ?") }
        #expect(throws: FTSQuery.Problem.self) { try FTSQuery(userText: "   ") }
    }

    @Test func filtersRestrictHits() throws {
        let repository = try repository()
        let query = try FTSQuery(userText: "wholesale")
        #expect(try repository.search(SearchQuery(text: query, filter: ArticleFilter(language: .english))).total == 1)
        #expect(try repository.search(SearchQuery(text: query, filter: ArticleFilter(language: .french))).total == 0)
        #expect(try repository.search(SearchQuery(text: query, filter: ArticleFilter(until: "2025-03-03"))).total == 0)
    }
}
