/// The function-word counts `LanguageDetector` weighs, gathered code point by code point over at most the first
/// 2,000, so that a parser can feed an article's lines one after the other instead of joining them first.
struct LanguageEvidence {
    private(set) var frenchCount = 0
    private(set) var englishCount = 0
    /// Code points that may still be read.
    private var remaining = 2_000
    // Every listed word is at most `LanguageDetector.maximumLength` Latin-1 letters: a word is packed, lower-cased,
    // into one integer as it is read, and a longer word or one with another letter cannot match. Building a String
    // per word made this a tenth of the parsing time.
    private var key: UInt64 = 0
    private var length = 0
    private var matchable = true

    /// Whether more text would still be read.
    var wantsMore: Bool { remaining > 0 }

    /// French wins on more evidence; ties (no evidence either way) go to English.
    var language: Language {
        var evidence = self
        evidence.endWord()
        return evidence.frenchCount > evidence.englishCount ? .french : .english
    }

    mutating func read(_ text: some StringProtocol) {
        let readAsBytes: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            for value in UTF8CodePoints(bytes) {
                guard wantsMore else { return }
                read(value)
            }
        }
        guard readAsBytes == nil else { return }
        for scalar in text.unicodeScalars {
            guard wantsMore else { return }
            read(scalar.value)
        }
    }

    private mutating func read(_ value: UInt32) {
        remaining -= 1
        if ScalarTraits(value).contains(.letter) {
            length += 1
            if matchable, length <= LanguageDetector.maximumLength, let byte = LanguageDetector.lowercaseLatin1(value) {
                key = key << 8 | UInt64(byte)
            } else {
                matchable = false
            }
        } else if !(0x300...0x36F).contains(value) {  // a combining accent stays inside its word
            endWord()
        }
    }

    private mutating func endWord() {
        if matchable, LanguageDetector.functionWordLengths & 1 << length != 0 {
            switch LanguageDetector.functionWords[key] {
            case .french: frenchCount += 1
            case .english: englishCount += 1
            case nil: break
            }
        }
        key = 0
        length = 0
        matchable = true
    }
}
