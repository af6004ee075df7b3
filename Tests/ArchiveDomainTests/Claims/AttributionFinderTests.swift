import Testing

@testable import ArchiveDomain

@Suite struct AttributionFinderTests {
    private func attribution(_ text: String, _ language: Language) -> Attribution? {
        AttributionFinder(lexicon: .forLanguage(language)).find(ClaimTestSupport.sentence(text, language))
    }

    @Test func prepositionalSourceIsNamedButSelonLaLoiIsNot() throws {
        let insee = try #require(attribution("Selon l'Insee, le chômage a reculé au premier trimestre.", .french))
        #expect(insee.source == "l'Insee" && insee.type == .named && insee.cue == "Selon")
        #expect(attribution("Selon la loi, les commerces ferment le dimanche dans la commune.", .french) == nil)
        let study = try #require(attribution("Crime fell by a third, according to a study.", .english))
        #expect(study.source == "a study" && study.type == .anonymous)
    }

    @Test func gluedPronounInversionGivesAPronounSource() throws {
        let found = try #require(attribution("« Nous ne reculerons pas. Jamais ! », a-t-il affirmé.", .french))
        #expect(found.source == "il" && found.type == .pronoun)
        #expect(found.cue == "a-t-il affirmé")
    }

    @Test func subjectAndReportingVerbBeforeTheClaim() throws {
        let named = try #require(attribution("La ministre Claire Vidal a déclaré que le budget serait tenu.", .french))
        #expect(named.source == "La ministre Claire Vidal" && named.type == .named)
        let apposition = try #require(
            attribution("Mr. Okafor, the chief executive of Acme, said that sales rose.", .english))
        #expect(apposition.source.contains("Okafor"))
        let vague = try #require(attribution("Des experts estiment que la digue ne tiendra pas.", .french))
        #expect(vague.type == .vague)
    }

    @Test func inversionAfterAQuotation() throws {
        let found = try #require(
            attribution("\"Sales will recover,\" said Maria Lopez, the firm's treasurer.", .english))
        #expect(found.source == "Maria Lopez" && found.type == .named)
        let french = try #require(attribution("Les travaux dureront deux ans, précise la mairie.", .french))
        #expect(french.source == "la mairie")
    }

    @Test func sentenceWithoutSourceHasNone() {
        #expect(attribution("Le pont a rouvert mardi après trois mois de travaux.", .french) == nil)
        #expect(attribution("The bridge reopened on Tuesday after three months of work.", .english) == nil)
    }
}
