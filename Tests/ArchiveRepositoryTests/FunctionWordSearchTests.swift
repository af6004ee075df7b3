import ArchiveDomain
import Testing

@testable import ArchiveRepository

/// Function words (`des`, `the`) are skipped when other words remain, kept in quotes and when alone.
@Suite struct FunctionWordSearchTests {
    static func fixture() throws -> SearchFixture {
        var fixture = try SearchFixture()
        try fixture.add(
            "with", title: "La réforme des retraites votée", language: .french,
            sections: [(nil, ["Le Parlement a adopté la réforme des retraites après trois semaines de débat."])])
        try fixture.add(
            "without", title: "Réforme : retraites à 64 ans", language: .french,
            sections: [(nil, ["Le texte fixe l'âge légal à 64 ans pour les retraites."])])
        try fixture.add(
            "english", title: "The state of the union", language: .english,
            sections: [(nil, ["A speech on the economy and the budget."])])
        return fixture
    }

    @Test func functionWordsBetweenOtherWordsAreNotRequired() throws {
        let fixture = try Self.fixture()
        #expect(Set(try fixture.names("réforme des retraites")) == ["with", "without"])
        #expect(try fixture.names("state of union") == ["english"])
    }

    @Test func quotedPhrasesKeepThem() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.names("\"réforme des retraites\"") == ["with"])
    }

    @Test func aQueryOfFunctionWordsAloneStillSearches() throws {
        let fixture = try Self.fixture()
        #expect(try fixture.names("the").contains("english"))
        #expect(try fixture.names("des") == ["with"])
    }

    @Test func compiledExpressionLeavesThemOut() throws {
        let query = try FTSQuery(userText: "réforme des retraites")
        let expression = try #require(query.expression)
        #expect(!expression.contains("\"des\""))
        #expect(expression.contains("\"réforme\"") && expression.contains("\"retraites\""))
    }
}
