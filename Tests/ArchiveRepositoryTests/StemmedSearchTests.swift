import ArchiveDomain
import ArchiveRepository
import Testing

@Suite struct StemmedSearchTests {
    @Test func frenchVerbFormsFindTheirInfinitive() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("publier").contains("publication"))
        #expect(try fixture.names("publiée").contains("publication"))
        #expect(try fixture.names("faire") == ["publication"])
        #expect(try fixture.names("aller") == ["vacances"])
    }

    @Test func inflectedQueryFindsOtherForms() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("publient").contains("ia"))  // the text has « publié »
        #expect(try fixture.names("vont") == ["vacances"])
        #expect(try fixture.names("gouvernement") == ["gouvernements"])
    }

    @Test func englishFormsMatch() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("runs") == ["runners"])
        #expect(try fixture.names("country") == ["countries"])
    }

    @Test func accentsFoldBothWays() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("developpement") == ["gouvernements"])
        #expect(try fixture.names("énergie") == ["gouvernements"])
        #expect(try fixture.names("energie") == ["gouvernements"])
        #expect(try fixture.names("ÉTAT") == ["ia"])
    }

    @Test func exactPathDoesNotStem() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("publier", exact: true).isEmpty)
        #expect(try fixture.names("\"publier\"").isEmpty)
        #expect(try fixture.names("\"publient\"") == ["publication"])
        #expect(try fixture.names("country", exact: true).isEmpty)
        #expect(try fixture.names("countries", exact: true) == ["countries"])
        // Exact still ignores case and accents.
        #expect(try fixture.names("\"DEVELOPPEMENT des reseaux\"") == ["gouvernements"])
    }

    @Test func phrasesKeepWordOrder() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("\"open source\"") == ["countries"])
        #expect(try fixture.names("\"source open\"").isEmpty)
        #expect(try fixture.names("open-source") == ["countries"])
    }

    @Test func nearLimitsTheDistance() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("\"intelligence artificielle\" NEAR Chine") == ["ia"])
        // Five words stand between « familles » and « côte ».
        #expect(try fixture.names("NEAR(familles côte, 5)") == ["vacances"])
        #expect(try fixture.names("NEAR(familles côte, 4)").isEmpty)
        #expect(try fixture.names("familles NEAR/10 atlantique") == ["vacances"])
    }

    @Test func fieldFiltersRestrict() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("réseaux").contains("gouvernements"))
        #expect(try fixture.names("title:réseaux").isEmpty)
        #expect(try fixture.names("heading:réseaux") == ["gouvernements"])
        #expect(try fixture.names("title:gouvernement") == ["gouvernements"])
        #expect(try fixture.names("heading:(source OR étude)").sorted() == ["countries", "publication"])
    }

    @Test func operatorsCombine() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("familles OR marathon").sorted() == ["runners", "vacances"])
        #expect(try fixture.names("publier -Chine") == ["publication"])
        #expect(try fixture.names("publier NOT chine") == ["publication"])
        #expect(try fixture.names("(chine OR climat) publier").sorted() == ["ia", "publication"])
    }

    @Test func prefixExpandsBeyondTheRoot() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("développem*") == ["gouvernements"])
        #expect(try fixture.names("publi*").sorted() == ["countries", "ia", "publication"])
    }

    @Test func literalPunctuationSearchesItsWords() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("l'IA") == ["ia"])
        #expect(try fixture.names("Chine:") == ["ia"])
        #expect(try fixture.names("\"intelligence artificielle") == ["ia"])
        #expect(try fixture.names("(énergie") == ["gouvernements"])
        #expect(try fixture.names("2030 %") == ["gouvernements"])
    }

    @Test func queryWithoutWordsIsExplained() throws {
        #expect(throws: FTSQuery.Problem.self) { try FTSQuery(userText: "%% ++ ()") }
        #expect(throws: FTSQuery.Problem.self) { try FTSQuery(userText: "-chine") }
        let problem = #expect(throws: FTSQuery.Problem.self) { try FTSQuery(userText: "?!") }
        #expect(problem?.description.contains("no letters or digits") == true)
    }

    @Test func claimsAreSearchedWithTheSameTokenizer() throws {
        let fixture = try SearchFixture.standard()
        let results = try fixture.search("signer accord", unit: .claims)
        for hit in results.hits { #expect(hit.claimID != nil) }
        #expect(throws: FTSQuery.Problem.self) { try FTSQuery(userText: "title:chine", scope: .claims) }
    }

    @Test func languageDateAndPagingFilters() throws {
        let fixture = try SearchFixture.standard()
        #expect(try fixture.names("open OR familles", filter: ArticleFilter(language: .english)) == ["countries"])
        #expect(try fixture.names("publier", filter: ArticleFilter(since: "2025-03-01")) == ["ia"])
        #expect(try fixture.names("publier OR vont", order: .date) == ["ia", "vacances", "publication"])
        let page = try fixture.search("publier OR vont", order: .date, limit: 1, offset: 1)
        #expect(page.total == 3)
        #expect(page.hits.count == 1)
    }

    @Test func titleOutranksBody() throws {
        var fixture = try SearchFixture()
        try fixture.add(
            "body", title: "Un marché calme", language: .french, sections: [(nil, ["On parle de tomates ici."])])
        try fixture.add(
            "title", title: "Les tomates de saison", language: .french, sections: [(nil, ["Rien d'autre."])])
        #expect(try fixture.names("tomate") == ["title", "body"])
    }

    @Test func snippetMarksTheMatchedForm() throws {
        let fixture = try SearchFixture.standard()
        let hit = try #require(try fixture.search("aller").hits.first)
        #expect(hit.snippet.contains(SearchHit.matchStart + "vont" + SearchHit.matchEnd))
    }

    @Test func vocabularyIsStoredForQueries() throws {
        // A second connection (no cache, no dictionaries loaded for queries) must find the same articles.
        let path = TemporaryArchive.path("search-test")
        defer { TemporaryArchive.remove(path) }
        do {
            var writer = try SearchFixture(path: path)
            try writer.add("a", title: "Ils faisaient la route", language: .french, sections: [(nil, ["Texte."])])
        }
        let reader = try ArticleRepository(path: path, readOnly: true)
        let hits = try reader.search(SearchQuery(text: try FTSQuery(userText: "faire"))).hits
        #expect(hits.count == 1)
    }
}
