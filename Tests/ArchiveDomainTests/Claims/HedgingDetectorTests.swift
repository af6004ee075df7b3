import Testing

@testable import ArchiveDomain

@Suite struct HedgingDetectorTests {
    private func hedging(_ text: String, _ language: Language) -> ClaimAnalysis.Hedging? {
        ClaimTestSupport.analysis(text, language)?.hedging
    }

    @Test func frenchConditionalMorphologyTellsConditionalFromImparfaitAndNouns() {
        let verbs = FrenchVerbForms(lexicon: .french)
        for word in [
            "serait", "pourraient", "déclarerait", "prendrait", "connaîtrait", "aurait", "s'établirait", "faudrait",
        ] {
            #expect(verbs.isConditional(word), "\(word)")
        }
        for word in ["portrait", "entrait", "extrait", "montrait", "déclarait", "tirait", "rions", "frais", "espérait"]
        {
            #expect(!verbs.isConditional(word), "\(word)")
        }
        #expect(verbs.isFuture("augmentera") && verbs.isFuture("prendront") && verbs.isFuture("sera"))
        #expect(!verbs.isFuture("opéra") && !verbs.isFuture("entra"))
    }

    @Test func conditionalOfDistanceIsHedgedWithItsCue() throws {
        let analysis = try #require(
            ClaimTestSupport.analysis("Selon l'Insee, le chômage s'établirait à 7,3 % fin 2025.", .french))
        #expect(analysis.hedging == .hedged)
        #expect(analysis.cues.contains { $0.text == "s'établirait" && $0.cueClass == "cond-verb" })
        #expect(hedging("Le portrait du ministre entrait dans la salle du conseil.", .french) == .asserted)
    }

    @Test func clauseInitialSiGovernsTheClaimButMemeSiAndIndirectQuestionsDoNot() {
        #expect(hedging("Si les prix montent encore, la banque relèvera ses taux en juin.", .french) == .conditional)
        #expect(hedging("Même si les prix montent, la banque garde ses taux pour le moment.", .french) == .asserted)
        #expect(hedging("Le maire ne sait pas si la piscine rouvrira cet été dans le quartier.", .french) == .asserted)
        #expect(hedging("The plant will close next year if orders keep falling.", .english) == .conditional)
        #expect(hedging("Reporters asked if the plant would close next year.", .english) == .asserted)
    }

    @Test func epistemicCuesHedgeAndBoostersDoNot() throws {
        #expect(hedging("La réforme pourrait coûter deux milliards aux communes.", .french) == .hedged)
        #expect(hedging("Il est probable que le tunnel ouvre avec un an de retard.", .french) == .hedged)
        #expect(hedging("The merger may lift prices across the region this winter.", .english) == .hedged)
        #expect(hedging("The minister said the bridge would reopen on Friday morning.", .english) == .asserted)
        #expect(hedging("The merger could not lift prices across the region.", .english) == .asserted)
        #expect(hedging("The council approved the budget in May after a long debate.", .english) == .asserted)
        let boosted = try #require(ClaimTestSupport.analysis("The results clearly show a drop in crime.", .english))
        #expect(boosted.hedging == .asserted)
        #expect(boosted.cues.contains { $0.cueClass == "booster" })
    }

    @Test func politeFirstPersonConditionalIsNotAHedge() {
        #expect(hedging("Je voudrais remercier les bénévoles du festival pour leur travail.", .french) == .asserted)
    }

    @Test func weakCuesAreRecordedWithoutChangingTheLabel() throws {
        let analysis = try #require(
            ClaimTestSupport.analysis("The alleged fraud cost the city two million dollars.", .english))
        #expect(analysis.hedging == .asserted)
        #expect(analysis.cues.contains { $0.text == "alleged" && $0.strength == "weak" })
    }
}
