@testable import ArchiveDomain

/// Helpers shared by the claim rule tests: run one rule on one sentence of our own.
enum ClaimTestSupport {
    static func sentence(_ text: String, _ language: Language) -> ClaimSentence {
        let shadow = ShadowText(text)
        return ClaimSentence(text: shadow, range: 0..<shadow.count, lexicon: Lexicon.forLanguage(language))
    }

    static func analysis(_ text: String, _ language: Language, context: ClaimContext = ClaimContext()) -> ClaimAnalysis?
    {
        ClaimExtractor().analyze(text, language: language, context: context).first?.claim
    }

    static func sentences(_ text: String, _ language: Language) -> [String] {
        ClaimExtractor().analyze(text, language: language).map(\.text)
    }
}
