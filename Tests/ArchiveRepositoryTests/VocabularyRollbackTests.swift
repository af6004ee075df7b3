import ArchiveDomain
import Testing

@testable import ArchiveRepository

/// The tokenizer caches each word it has given a `search_vocabulary` row. A rolled-back transaction takes those
/// rows with it (an import retries a refused batch article by article); the cache must forget them too, or the
/// same words written again would never get a row, and searches for their other forms would miss.
@Suite struct VocabularyRollbackTests {
    static func roots(of word: String, in repository: ArticleRepository) throws -> [String] {
        try repository.database.fetchAll(
            "SELECT roots_fr || '|' || roots_en FROM search_vocabulary WHERE word = ?", [word]
        ) { try $0.string(0) }
    }

    static func addHoliday(to fixture: inout SearchFixture) throws {
        try fixture.add(
            "vacances", title: "Les familles partent", language: .french,
            sections: [(nil, ["Cet été, les familles vont plus souvent sur la côte."])])
    }

    @Test func wordsOfARolledBackTransactionAreStoredWhenWrittenAgain() throws {
        var fixture = try SearchFixture()
        let repository = fixture.repository
        struct Refused: Error {}
        #expect(throws: Refused.self) {
            try repository.batch {
                try Self.addHoliday(to: &fixture)
                throw Refused()
            }
        }
        #expect(try Self.roots(of: "vont", in: repository).isEmpty)
        var again = SearchFixture(repository: repository)
        try Self.addHoliday(to: &again)
        // `vont` reaches `aller` only through its row (Snowball alone leaves it `vont`).
        #expect(try Self.roots(of: "vont", in: repository) == ["aller|vont"])
        try again.add(
            "marche", title: "Une marche en montagne", language: .french,
            sections: [(nil, ["Les randonneurs aiment aller au sommet avant l'aube."])])
        #expect(try again.names("vont").sorted() == ["marche", "vacances"])
    }
}
