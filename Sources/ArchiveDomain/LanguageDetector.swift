/// Guesses French or English from function words (claims spec §1): the language whose small set of frequent words
/// occurs more often in the first 2,000 code points wins; ties (no evidence either way) go to English. Only words
/// that are not also common in the other language count (`on`, `a`, `en` and `pour` are left out), so a French
/// text quoting an English name, or the reverse, still tips the right way.
public enum LanguageDetector {
    private static let french: Set<Substring> = [
        "le", "la", "les", "des", "est", "une", "que", "qui", "dans", "pas", "et", "du", "au", "aux", "sur", "avec",
        "il", "elle", "ce", "sont", "ont", "mais", "leur", "été", "selon", "cette",
    ]
    private static let english: Set<Substring> = [
        "the", "of", "and", "is", "to", "that", "in", "for", "not", "with", "are", "was", "were", "it", "be", "this",
        "from", "by", "have", "has", "but", "their", "been", "said",
    ]

    public static func detect(_ text: some StringProtocol) -> Language {
        var frenchCount = 0
        var englishCount = 0
        var word = String.UnicodeScalarView()
        func count() {
            guard !word.isEmpty else { return }
            let lower = Substring(String(word).lowercased())
            if french.contains(lower) { frenchCount += 1 }
            if english.contains(lower) { englishCount += 1 }
            word = String.UnicodeScalarView()
        }
        // Scalars rather than Characters: the same words, without the cost of grapheme breaking.
        for scalar in text.unicodeScalars.prefix(2_000) {
            if LineShape.isLetter(scalar) {
                word.append(scalar)
            } else if !(0x300...0x36F).contains(scalar.value) {  // a combining accent stays inside its word
                count()
            }
        }
        count()
        return frenchCount > englishCount ? .french : .english
    }
}
