import Testing

@testable import ArchiveDomain

@Suite struct SentenceSegmenterTests {
    private func split(_ text: String, _ language: Language) -> [String] {
        let segmenter = SentenceSegmenter(language: language)
        let shadow = ShadowText(text)
        return segmenter.split(shadow).map { shadow.text($0) }
    }

    @Test func quotationWithItsReportingClauseIsOneSentence() {
        let text = "« Nous ne reculerons pas. Jamais ! », a-t-il affirmé. Le débat reprend demain."
        #expect(
            split(text, .french) == [
                "« Nous ne reculerons pas. Jamais ! », a-t-il affirmé.", "Le débat reprend demain.",
            ])
        #expect(
            split("\"We will not back down. Never!\" she said. The vote is on Monday.", .english) == [
                "\"We will not back down. Never!\" she said.", "The vote is on Monday.",
            ])
    }

    @Test func quotationClosedOnACommaLeadsIntoItsSpeaker() {
        let text = "\"The plan is late. The budget is gone,\" Moreau said. Work starts in May."
        #expect(
            split(text, .english) == ["\"The plan is late. The budget is gone,\" Moreau said.", "Work starts in May."])
    }

    @Test func titlesInitialsAndAbbreviationsDoNotSplit() {
        #expect(
            split("M. Dupont est arrivé hier. Il repart lundi.", .french) == [
                "M. Dupont est arrivé hier.", "Il repart lundi.",
            ])
        #expect(
            split("The U.S. economy grew in May. Prices fell.", .english) == [
                "The U.S. economy grew in May.", "Prices fell.",
            ])
        #expect(split("Dr. Jane R. Okafor leads the team at Acme Inc. in Ohio.", .english).count == 1)
        #expect(split("Le texte entre en vigueur le 3 janv. 2025 dans le pays.", .french).count == 1)
    }

    @Test func abbreviationThatCanEndASentenceSplitsBeforeASentenceStarter() {
        #expect(
            split("Output rose in the U.S. The index fell.", .english) == [
                "Output rose in the U.S.", "The index fell.",
            ])
        #expect(
            split("Des hausses de 25 %, etc. La BCE attend.", .french) == [
                "Des hausses de 25 %, etc.", "La BCE attend.",
            ])
    }

    @Test func decimalsTimesAndLowerCaseContinuationsAreNotBoundaries() {
        #expect(split("Le taux passe à 3,5 % puis à 3.5 points à 09:01 ce matin.", .french).count == 1)
        #expect(split("Il a dit... que tout allait bien.", .french).count == 1)
    }

    @Test func newlinesAreHardBoundariesAndOffsetsAreCodePoints() {
        let text = "Le café ☕️ coûte 2 €.\nUne autre ligne sans point"
        let segmenter = SentenceSegmenter(language: .french)
        let ranges = segmenter.split(text)
        #expect(ranges.count == 2)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[ranges[1]])) == "Une autre ligne sans point")
    }

    @Test func gluedSentencesDatelinesAndRubricsAreSplitOff() {
        #expect(
            split("Le ménage gagnera 850 euros en 2019.Près de la moitié vient des impôts.", .french) == [
                "Le ménage gagnera 850 euros en 2019.", "Près de la moitié vient des impôts.",
            ])
        #expect(
            split("LYON (AFP) - Les ventes ont baissé en mars.", .french) == [
                "LYON (AFP) -", "Les ventes ont baissé en mars.",
            ])
        #expect(split("météo Le vent soufflera fort demain sur la côte.", .french).first == "météo")
    }
}
