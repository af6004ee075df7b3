import Testing

@testable import ArchiveDomain

@Suite struct KindClassifierTests {
    private func kinds(_ text: String, _ language: Language, year: Int? = nil) -> [ClaimAnalysis.Kind] {
        ClaimTestSupport.analysis(text, language, context: ClaimContext(articleYear: year))?.kinds ?? []
    }

    @Test func primaryKindFollowsPrecedence() throws {
        let analysis = try #require(
            ClaimTestSupport.analysis("La croissance devrait atteindre 1,5 % en 2026 grâce aux exportations.", .french))
        #expect(analysis.kind == .prediction)
        #expect(analysis.kinds == [.prediction, .quantitative, .causal])
    }

    @Test func eachKindHasItsCues() {
        #expect(kinds("Le chantier sera terminé au printemps prochain.", .french).first == .prediction)
        #expect(kinds("The factory will close next year.", .english).first == .prediction)
        #expect(kinds("Les ventes ont chuté à cause de la grève des transports.", .french) == [.causal])
        #expect(kinds("Paris compte plus de vélos que Lyon depuis cette année.", .french) == [.comparative])
        #expect(kinds("Cette décision est inacceptable pour les habitants du quartier.", .french) == [.opinion])
        #expect(kinds("The decision is unacceptable for the residents.", .english) == [.opinion])
        #expect(kinds("Le conseil municipal a voté le budget mardi soir.", .french) == [.factual])
    }

    @Test func yearsAloneAreNotQuantitiesButLaterYearsArePredictions() {
        #expect(kinds("Le musée a ouvert ses portes en 1998 dans l'ancienne gare.", .french) == [.factual])
        #expect(
            kinds("Le musée ouvre ses portes en 2031 dans l'ancienne gare.", .french, year: 2025).contains(.prediction))
        #expect(kinds("Trois écoles ont fermé dans la vallée cet hiver.", .french) == [.quantitative])
    }

    @Test func attributiveEvaluationIsNotAnOpinion() {
        #expect(!kinds("Des avancées spectaculaires ont été présentées lundi.", .french).contains(.opinion))
    }
}
