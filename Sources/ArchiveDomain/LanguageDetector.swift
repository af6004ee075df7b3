/// Guesses French or English from function words (claims spec §1): the language whose small set of
/// frequent words occurs more often in the first 2,000 characters wins; ties go to English.
public enum LanguageDetector {
    private static let french: Set<Substring> = ["le", "la", "les", "des", "est", "une", "que", "qui", "dans", "pour", "pas"]
    private static let english: Set<Substring> = ["the", "of", "and", "is", "to", "that", "in", "for", "not", "with"]

    public static func detect(_ text: some StringProtocol) -> Language {
        let sample = text.prefix(2_000).lowercased()
        var frenchCount = 0
        var englishCount = 0
        for word in sample.split(whereSeparator: { !$0.isLetter }) {
            if french.contains(word) { frenchCount += 1 }
            if english.contains(word) { englishCount += 1 }
        }
        return frenchCount > englishCount ? .french : .english
    }
}
