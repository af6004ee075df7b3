/// Guesses French or English from function words (claims spec §1): the language whose small set of frequent words
/// occurs more often in the first 2,000 code points wins; ties (no evidence either way) go to English. Only words
/// that are not also common in the other language count (`on`, `a`, `en` and `pour` are left out), so a French
/// text quoting an English name, or the reverse, still tips the right way.
public enum LanguageDetector {
    private static let french = [
        "le", "la", "les", "des", "est", "une", "que", "qui", "dans", "pas", "et", "du", "au", "aux", "sur", "avec",
        "il", "elle", "ce", "sont", "ont", "mais", "leur", "été", "selon", "cette",
    ]
    private static let english = [
        "the", "of", "and", "is", "to", "that", "in", "for", "not", "with", "are", "was", "were", "it", "be", "this",
        "from", "by", "have", "has", "but", "their", "been", "said",
    ]

    public static func detect(_ text: some StringProtocol) -> Language {
        var evidence = LanguageEvidence()
        evidence.read(text)
        return evidence.language
    }

    /// What `detect` says of `parts` joined by spaces, without joining them.
    static func detect(joining parts: some Sequence<String>) -> Language {
        var evidence = LanguageEvidence()
        for (index, part) in parts.enumerated() {
            if index > 0 { evidence.read(" ") }
            evidence.read(part)
            guard evidence.wantsMore else { break }
        }
        return evidence.language
    }

    /// Every listed word is at most this many letters, all of Latin-1.
    static let maximumLength = 6

    /// The function words of both languages, each packed by `key(_:)`: one look-up per word read, as no word is
    /// listed for both.
    static let functionWords = Dictionary(
        uniqueKeysWithValues: french.map { (key($0), Language.french) } + english.map { (key($0), Language.english) })

    /// Bit n is set when some function word has n letters: a word of another length needs no look-up.
    static let functionWordLengths = (french + english).reduce(UInt64(0)) { $0 | 1 << $1.unicodeScalars.count }

    /// The lower-case Latin-1 byte of a letter, or nil for letters outside Latin-1.
    static func lowercaseLatin1(_ value: UInt32) -> UInt8? {
        guard value <= 0xFF else { return nil }
        // A–Z and À–Þ (× is not a letter) sit 32 below their lower case.
        if (0x41...0x5A).contains(value) || ((0xC0...0xDE).contains(value) && value != 0xD7) {
            return UInt8(value + 32)
        }
        return UInt8(value)
    }

    /// A word's lower-case Latin-1 bytes packed into one integer, first letter highest.
    private static func key(_ word: String) -> UInt64 {
        precondition(word.unicodeScalars.count <= maximumLength)
        return word.unicodeScalars.reduce(UInt64(0)) { key, scalar in key << 8 | UInt64(lowercaseLatin1(scalar.value)!)
        }
    }
}
