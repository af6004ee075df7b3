/// What the heading detector needs to know about one body line, computed once in a pass over its UTF-8 bytes so
/// that each line can be compared with its neighbours cheaply. Works on Unicode scalars (code points), as the
/// training script does, and needs no Foundation. Definitions mirror `scripts/heading_features.py`.
struct LineShape: Sendable {
    let first: Unicode.Scalar?
    /// The code point after the first and the one before the last; nil when the line has fewer than two.
    let second: Unicode.Scalar?
    let secondToLast: Unicode.Scalar?
    let last: Unicode.Scalar?
    let wordCount: Int
    /// The first white-space separated word, lower-cased, for spotting list items that start alike.
    let firstWord: String
    let letterCount: Int
    let uppercaseLetterCount: Int
    /// Whether the first letter is lower-case; nil when the line has no letter.
    let firstLetterIsLowercase: Bool?
    /// Words of four code points or more that start with a letter, and how many of them start upper-case.
    let longWordCount: Int
    let capitalisedLongWordCount: Int
    let commaCount: Int
    /// `Protein: 5 g`: a colon inside the line, after at most three words.
    let hasLabelColon: Bool
    /// Looks like a heading at first sight: at most 12 words and no sentence-final mark.
    let isShort: Bool
    /// Reads as running text: a sentence end, or too long for a heading.
    let isParagraph: Bool
    /// `- Title -`, the one explicit heading mark some wire copy uses.
    let isDashWrapped: Bool
    /// `1. Title`, `12) Title`, `a) Title`.
    let isNumbered: Bool
    /// `Q: …`, `Q. …`, `Question – …`.
    let hasQuestionPrefix: Bool
    /// Photo credits, captions and by-lines: `Photo : AFP`, `© Getty Images`, `By Jane Doe`.
    let isCredit: Bool
    /// A web address or a handle.
    let isLink: Bool
    /// A day next to a month name: `April 3`, `27 juin`, `May 6th`.
    let isDateLike: Bool
    /// Nothing but a date: `April 3, 2019`, `Mercredi 11 septembre 2019`, `27/06/2019`.
    let isDateOnly: Bool

    init(_ text: String) {
        var text = text
        self = text.withUTF8 { LineShape(utf8: $0) }
    }

    // One pass over the code points gathers the words (runs between white space) and the tokens (lower-cased runs
    // of letters and digits) together; a token is only made into a String when it could be one of the listed words.
    private init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var count = 0
        var first: UInt32?
        var second: UInt32?
        var secondToLast: UInt32?
        var last: UInt32?
        var leadingDigits = 0
        var afterLeadingDigits: UInt32?

        var words = 0
        var inWord = false
        var wordStartOffset = 0
        var wordStartIndex = 0
        var wordHead: ScalarTraits = []
        var firstWord = ""
        var longWords = 0
        var capitalisedLongWords = 0
        var letters = 0
        var uppercase = 0
        var firstLetterIsLowercase: Bool?
        var commas = 0
        var colonIndex: Int?
        var wordsBeforeColon = 0
        var hasCopyright = false
        var previousIsAt = false
        var hasHandle = false
        var phrases: UInt64 = 0
        let phraseMarks = Self.phrases  // read once: each read of a static runs its lazy initialisation check

        var tokens = TokenFacts()
        var tokenStartOffset: Int?
        var tokenLength = 0
        var tokenIsLatin1 = true
        var tokenIsNumber = true

        func endWord(at end: Int, offset endOffset: Int) {
            if end - wordStartIndex > 3, wordHead.contains(.letter) {
                longWords += 1
                if wordHead.contains(.uppercase) { capitalisedLongWords += 1 }
            }
            if words == 1 {
                firstWord = Self.lowercased(UnsafeBufferPointer(rebasing: bytes[wordStartOffset..<endOffset]))
            }
        }
        func endToken(offset endOffset: Int) {
            guard let start = tokenStartOffset else { return }
            tokenStartOffset = nil
            let token = UnsafeBufferPointer(rebasing: bytes[start..<endOffset])
            guard tokenIsLatin1 else {
                tokens.add(String(decoding: token, as: UTF8.self).lowercased())
                return
            }
            tokens.add(latin1: token, length: tokenLength, isNumber: tokenIsNumber)
        }

        var codePoints = UTF8CodePoints(bytes)
        var offset = 0
        while let value = codePoints.next() {
            let index = count
            count += 1
            if index == 0 { first = value } else if index == 1 { second = value }
            secondToLast = last
            last = value
            if leadingDigits == index {
                if (0x30...0x39).contains(value) { leadingDigits += 1 } else { afterLeadingDigits = value }
            }
            let traits = ScalarTraits(value)

            if traits.contains(.whitespace) {
                if inWord { endWord(at: index, offset: offset) }
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                wordStartIndex = index
                wordStartOffset = offset
                wordHead = traits
            }
            if traits.contains(.letter) {
                letters += 1
                if traits.contains(.uppercase) { uppercase += 1 }
                if firstLetterIsLowercase == nil { firstLetterIsLowercase = traits.contains(.lowercase) }
            }
            switch value {
            case 0x2C: commas += 1
            case 0x3A where colonIndex == nil:
                // A colon that starts a word (`Protein : 5 g`) is not part of the words before it.
                colonIndex = index
                wordsBeforeColon = inWord && wordStartIndex == index ? words - 1 : words
            case 0xA9: hasCopyright = true
            default: break
            }
            if value < 0x80, phraseMarks.isAnchor(UInt8(value)) {
                phrases |= phraseMarks.found(in: bytes, anchoredAt: offset)
            }

            let isAlphanumeric = traits.contains(.letter) || traits.contains(.numeric)
            if previousIsAt, isAlphanumeric || value == 0x5F { hasHandle = true }
            previousIsAt = value == 0x40
            if isAlphanumeric {
                if tokenStartOffset == nil {
                    tokenStartOffset = offset
                    tokenLength = 0
                    tokenIsLatin1 = true
                    tokenIsNumber = true
                }
                tokenLength += 1
                if value > 0xFF { tokenIsLatin1 = false }
                if !traits.contains(.digit) { tokenIsNumber = false }
            } else {
                endToken(offset: offset)
            }
            offset = codePoints.offset
        }
        if inWord { endWord(at: count, offset: bytes.count) }
        endToken(offset: bytes.count)

        self.first = first.flatMap(Unicode.Scalar.init)
        self.second = second.flatMap(Unicode.Scalar.init)
        self.secondToLast = secondToLast.flatMap(Unicode.Scalar.init)
        self.last = last.flatMap(Unicode.Scalar.init)
        wordCount = words
        self.firstWord = firstWord
        longWordCount = longWords
        capitalisedLongWordCount = capitalisedLongWords
        letterCount = letters
        uppercaseLetterCount = uppercase
        self.firstLetterIsLowercase = firstLetterIsLowercase
        commaCount = commas
        if let colonIndex, colonIndex > 0, colonIndex < count - 1 {
            hasLabelColon = wordsBeforeColon <= 3
        } else {
            hasLabelColon = false
        }

        if let last {
            isShort = words <= 12 && !Self.endsHeadingNot(last)
            isParagraph = words > 20 || (Self.endsRunningText(last) && words > 6)
        } else {
            isShort = false
            isParagraph = false
        }
        if let first, let second, let last, let secondToLast, count >= 3 {
            isDashWrapped =
                Self.isDash(first) && Self.isDash(last) && Self.isSpace(second) && Self.isSpace(secondToLast)
        } else {
            isDashWrapped = false
        }
        if (1...2).contains(leadingDigits) {
            isNumbered = afterLeadingDigits == 0x2E || afterLeadingDigits == 0x29
        } else if let first, let second {
            let isASCIILetter = (0x61...0x7A).contains(first) || (0x41...0x5A).contains(first)
            isNumbered = isASCIILetter && (second == 0x2E || second == 0x29)
        } else {
            isNumbered = false
        }
        hasQuestionPrefix = Self.hasQuestionPrefix(bytes)
        isCredit =
            tokens.hasCreditWord || hasCopyright || phrases & Self.sourceLabels != 0 || tokens.startsWithByline
            || tokens.startsWithUpdateNotice
        isLink = phrases & Self.linkMarks != 0 || hasHandle
        isDateLike = tokens.hasDayNextToMonth
        isDateOnly = tokens.areOnlyADate
    }

    /// A digit as Python's `str.isdigit` sees it.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ScalarTraits(scalar.value).contains(.digit)
    }

    /// A letter or a number, as Python's `str.isalnum` sees it.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        let traits = ScalarTraits(scalar.value)
        return traits.contains(.letter) || traits.contains(.numeric)
    }

    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "“", "«", "'", "‘", "„": true
        default: false
        }
    }

    static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "”", "»", "'", "’", "“": true
        default: false
        }
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        isDash(scalar.value)
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        isSpace(scalar.value)
    }

    /// `-`, `–`, `—`.
    private static func isDash(_ value: UInt32) -> Bool {
        value == 0x2D || value == 0x2013 || value == 0x2014
    }

    /// A space or a no-break space.
    private static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0xA0
    }

    /// `.!?;,:…`: a line ending so is not a heading at first sight.
    private static func endsHeadingNot(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3F, 0x3B, 0x2C, 0x3A, 0x2026: true
        default: false
        }
    }

    /// `.!;,…`: a line ending so reads as running text when it is not very short.
    private static func endsRunningText(_ value: UInt32) -> Bool {
        switch value {
        case 0x2E, 0x21, 0x3B, 0x2C, 0x2026: true
        default: false
        }
    }

    /// `Question` or `Q`, an optional space, then `:`, `.`, `–` or `-`.
    private static func hasQuestionPrefix(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for prefix in ["Question", "Q"] where bytes.starts(with: prefix.utf8) {
            var rest = bytes[prefix.utf8.count...]
            if rest.first == 0x20 { rest = rest.dropFirst() }
            guard let mark = rest.first else { return false }
            return mark == 0x3A || mark == 0x2E || mark == 0x2D || rest.starts(with: "–".utf8)
        }
        return false
    }

    /// `bytes` as a lower-cased String; ASCII is lower-cased here, which is what `lowercased()` does to it.
    private static func lowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return String(decoding: bytes, as: UTF8.self).lowercased() }
        return String(
            unsafeUninitializedCapacity: bytes.count,
            initializingUTF8With: { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = byte.asciiLowercased
                }
                return bytes.count
            })
    }

    /// The marks of a link and of a source label, looked for in one pass; each list's bits follow from its place.
    private static let linkPhrases = ["http://", "https://", "www.", ".com", ".fr", "pic.twitter"]
    private static let sourcePhrases = ["source:", "source :"]
    private static let phrases = ASCIIPhrases(linkPhrases + sourcePhrases)
    private static let linkMarks: UInt64 = (1 << UInt64(linkPhrases.count)) - 1
    private static let sourceLabels: UInt64 = ((1 << UInt64(sourcePhrases.count)) - 1) << UInt64(linkPhrases.count)
}
