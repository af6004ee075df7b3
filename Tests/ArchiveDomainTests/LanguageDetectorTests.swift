import ArchiveDomain
import Testing

@Suite struct LanguageDetectorTests {
    @Test func detectsFrench() {
        let text = "Le conseil municipal a voté mardi un budget pour les travaux du port, qui dureront deux ans."
        #expect(LanguageDetector.detect(text) == .french)
    }

    @Test func detectsEnglish() {
        let text = "The council approved a budget for the works on Tuesday, and the port expects the first ships soon."
        #expect(LanguageDetector.detect(text) == .english)
    }

    @Test func frenchTextQuotingEnglishNamesStaysFrench() {
        let text =
            "Selon le rapport publié par The Guardian, les ventes de Game of Thrones sont en baisse dans la région."
        #expect(LanguageDetector.detect(text) == .french)
    }

    @Test func textWithoutCuesFallsBackToEnglish() {
        #expect(LanguageDetector.detect("") == .english)
        #expect(LanguageDetector.detect("12 345 678") == .english)
    }

    @Test func onlyTheFirstTwoThousandCharactersCount() {
        let english = String(repeating: "The port is open to the ships. ", count: 70)
        let french = String(repeating: "Le port est dans la ville et les bateaux sont au quai. ", count: 100)
        #expect(english.count > 2_000)
        #expect(LanguageDetector.detect(english + french) == .english)
    }
}
