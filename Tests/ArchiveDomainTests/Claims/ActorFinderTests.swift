import Testing

@testable import ArchiveDomain

@Suite struct ActorFinderTests {
    private func actors(_ text: String, _ language: Language, names: Set<String> = []) -> [Actor] {
        ActorFinder(lexicon: .forLanguage(language))
            .find(ClaimTestSupport.sentence(text, language), context: ClaimContext(knownNames: names))
    }

    @Test func demonymsMapToTheirPlace() {
        let found = actors("Les modèles américains dominent encore face aux outils chinois.", .french)
        #expect(found.map(\.norm) == ["États-Unis", "Chine"])
        #expect(found.allSatisfy { $0.type == "place" })
        #expect(
            actors("American officials met European ministers.", .english).map(\.norm) == ["United States", "Europe"])
    }

    @Test func namesAreJoinedThroughConnectorsAndTitlesAreStripped() {
        let found = actors("Le gouverneur de la Banque de France a rencontré M. Jean Dupont à Lyon.", .french)
        #expect(found.map(\.text) == ["Banque de France", "Jean Dupont", "Lyon"])
        #expect(found.map(\.type) == ["org", "person", "place"])
        let english = actors("Shares of Acme Corp. rose after the U.S. Department of Labor report.", .english)
        #expect(english.map(\.text).contains("U.S. Department of Labor"))
        #expect(english.map(\.text).contains("Acme Corp."))
    }

    @Test func sentenceInitialWordsNeedEvidenceToBeActors() {
        #expect(actors("Fumées et cendres ont couvert la ville.", .french).isEmpty)
        #expect(actors("Marquinhos a ouvert le score.", .french).isEmpty)
        #expect(actors("Marquinhos a ouvert le score.", .french, names: ["marquinhos"]).map(\.text) == ["Marquinhos"])
        #expect(actors("La Chine accélère.", .french).map(\.norm) == ["Chine"])
        #expect(actors("Jamais la ville n'avait connu un tel mois de mars.", .french).isEmpty)
    }

    @Test func actorNamesFoldWithoutAccentsCaseOrHyphens() {
        #expect(ActorName.folded("États-Unis") == ActorName.folded("etats-unis"))
        #expect(ActorName.folded("Météo-France") == "meteo france")
        #expect(ActorName.folded("U.S. Dept. of Labor") == "u s dept of labor")
        #expect(ActorName.folded("PG&E's [Q3] 2019") == "pg e s q3 2019")
    }
}
