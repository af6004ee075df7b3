/// Guesses French or English from function words (claims spec §1): the language whose small set of frequent words
/// occurs more often in the first 2,000 code points wins; ties (no evidence either way) go to English. Only words
/// that are not also common in the other language count (`on`, `a`, `en` and `pour` are left out), so a French
/// text quoting an English name, or the reverse, still tips the right way.
public enum LanguageDetector {
    private static let french = keys([
        "le", "la", "les", "des", "est", "une", "que", "qui", "dans", "pas", "et", "du", "au", "aux", "sur", "avec",
        "il", "elle", "ce", "sont", "ont", "mais", "leur", "été", "selon", "cette",
    ])
    private static let english = keys([
        "the", "of", "and", "is", "to", "that", "in", "for", "not", "with", "are", "was", "were", "it", "be", "this",
        "from", "by", "have", "has", "but", "their", "been", "said",
    ])

    public static func detect(_ text: some StringProtocol) -> Language {
        var frenchCount = 0
        var englishCount = 0
        // Every listed word is at most `maximumLength` Latin-1 letters: a word is packed, lower-cased, into one
        // integer as it is read, and a longer word or one with another letter cannot match. Building a String per
        // word made this a tenth of the parsing time.
        var key: UInt64 = 0
        var length = 0
        var matchable = true
        func count() {
            if length > 0, matchable {
                if french.contains(key) { frenchCount += 1 }
                if english.contains(key) { englishCount += 1 }
            }
            key = 0
            length = 0
            matchable = true
        }
        // Scalars rather than Characters: the same words, without the cost of grapheme breaking.
        for scalar in text.unicodeScalars.prefix(2_000) {
            if LineShape.isLetter(scalar) {
                length += 1
                if matchable, length <= maximumLength, let byte = lowercaseLatin1(scalar) {
                    key = key << 8 | UInt64(byte)
                } else {
                    matchable = false
                }
            } else if !(0x300...0x36F).contains(scalar.value) {  // a combining accent stays inside its word
                count()
            }
        }
        count()
        return frenchCount > englishCount ? .french : .english
    }

    private static let maximumLength = 6

    /// The lower-case Latin-1 byte of a letter, or nil for letters outside Latin-1.
    private static func lowercaseLatin1(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        guard value <= 0xFF else { return nil }
        // A–Z and À–Þ (× is not a letter) sit 32 below their lower case.
        if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) {
            return UInt8(value + 32)
        }
        return UInt8(value)
    }

    private static func keys(_ words: [String]) -> Set<UInt64> {
        Set(
            words.map { word in
                word.unicodeScalars.reduce(UInt64(0)) { key, scalar in key << 8 | UInt64(lowercaseLatin1(scalar)!) }
            })
    }
}
