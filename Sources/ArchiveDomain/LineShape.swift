/// What the heading detector needs to know about one body line, computed once in a pass over its code points so
/// that each line can be compared with its neighbours cheaply. Works on Unicode scalars (code points), as the
/// training script does, and needs no Foundation. Definitions mirror `scripts/heading_features.py`.
struct LineShape: Sendable {
    static let openingQuotes: Set<Unicode.Scalar> = ["\"", "“", "«", "'", "‘", "„"]
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "”", "»", "'", "’", "“"]
    static let dashes: Set<Unicode.Scalar> = ["-", "–", "—"]
    static let spaces: Set<Unicode.Scalar> = [" ", "\u{a0}"]

    let scalars: [Unicode.Scalar]
    let wordCount: Int
    /// The first white-space separated word, lower-cased, for spotting list items that start alike.
    let firstWord: String
    /// Lower-cased runs of letters and digits.
    let tokens: [String]
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
    private let utf8: [UInt8]

    init(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var words = 0
        var inWord = false
        var wordStart = 0
        var firstWord = ""
        var longWords = 0
        var capitalisedLongWords = 0
        var letters = 0
        var uppercase = 0
        var firstLetterIsLowercase: Bool?
        var commas = 0
        var wordsBeforeColon: Int?
        func endWord(at end: Int) {
            let length = end - wordStart
            let head = scalars[wordStart]
            if length > 3, Self.isLetter(head) {
                longWords += 1
                if Self.isUppercase(head) { capitalisedLongWords += 1 }
            }
            if words == 1 { firstWord = String(String.UnicodeScalarView(scalars[wordStart..<end])).lowercased() }
        }
        for (index, scalar) in scalars.enumerated() {
            if Self.isWhitespace(scalar) {
                if inWord { endWord(at: index) }
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
                wordStart = index
            }
            if Self.isLetter(scalar) {
                letters += 1
                if Self.isUppercase(scalar) { uppercase += 1 }
                if firstLetterIsLowercase == nil { firstLetterIsLowercase = Self.isLowercase(scalar) }
            }
            if scalar == "," { commas += 1 }
            if scalar == ":", wordsBeforeColon == nil {
                // A colon that starts a word (`Protein : 5 g`) is not part of the words before it.
                let before = inWord && wordStart == index ? words - 1 : words
                wordsBeforeColon = index > 0 && index < scalars.count - 1 ? before : 99
            }
        }
        if inWord { endWord(at: scalars.count) }
        wordCount = words
        self.firstWord = firstWord
        longWordCount = longWords
        capitalisedLongWordCount = capitalisedLongWords
        letterCount = letters
        uppercaseLetterCount = uppercase
        self.firstLetterIsLowercase = firstLetterIsLowercase
        commaCount = commas
        hasLabelColon = (wordsBeforeColon ?? 99) <= 3

        utf8 = Array(text.utf8)
        var tokens: [String] = []
        var tokenStart: Int?
        func endToken(at end: Int) {
            guard let start = tokenStart else { return }
            let token = scalars[start..<end]
            if token.allSatisfy(\.isASCII) {
                tokens.append(
                    String(
                        decoding: token.map { UInt8($0.value) | (("A"..."Z").contains($0) ? 0x20 : 0) }, as: UTF8.self))
            } else {
                tokens.append(String(String.UnicodeScalarView(token)).lowercased())
            }
            tokenStart = nil
        }
        for (index, scalar) in scalars.enumerated() {
            if Self.isAlphanumeric(scalar) {
                if tokenStart == nil { tokenStart = index }
            } else {
                endToken(at: index)
            }
        }
        endToken(at: scalars.count)
        self.tokens = tokens
    }

    var first: Unicode.Scalar? { scalars.first }
    var last: Unicode.Scalar? { scalars.last }

    /// A letter as Python's `str.isalpha` sees it: general category L*.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        // Unicode property look-ups dominate the detector's cost; most text is ASCII, so answer that first.
        if scalar.isASCII { return ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    /// A digit as Python's `str.isdigit` sees it.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return ("0"..."9").contains(scalar) }
        let type = scalar.properties.numericType
        return type == .decimal || type == .digit
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || ("\t"..."\r").contains(scalar) }
        return scalar.properties.isWhitespace
    }

    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("A"..."Z").contains(scalar) : scalar.properties.isUppercase
    }

    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) : scalar.properties.isLowercase
    }

    /// A letter or a number, as Python's `str.isalnum` sees it.
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isLetter(scalar) || ("0"..."9").contains(scalar) }
        return isLetter(scalar) || scalar.properties.numericType != nil
    }

    /// Looks like a heading at first sight: at most 12 words and no sentence-final mark.
    var isShort: Bool {
        guard let last else { return false }
        return wordCount <= 12 && !".!?;,:…".unicodeScalars.contains(last)
    }

    /// Reads as running text: a sentence end, or too long for a heading.
    var isParagraph: Bool {
        guard let last else { return false }
        return wordCount > 20 || (".!;,…".unicodeScalars.contains(last) && wordCount > 6)
    }

    /// `- Title -`, the one explicit heading mark some wire copy uses.
    var isDashWrapped: Bool {
        let count = scalars.count
        return count >= 3 && Self.dashes.contains(scalars[0]) && Self.dashes.contains(scalars[count - 1])
            && Self.spaces.contains(scalars[1]) && Self.spaces.contains(scalars[count - 2])
    }

    /// `1. Title`, `12) Title`, `a) Title`.
    var isNumbered: Bool {
        let digits = scalars.prefix(while: { ("0"..."9").contains($0) }).count
        if (1...2).contains(digits) {
            return scalars.count > digits && (scalars[digits] == "." || scalars[digits] == ")")
        }
        guard scalars.count > 1 else { return false }
        let head = scalars[0]
        return (("a"..."z").contains(head) || ("A"..."Z").contains(head)) && (scalars[1] == "." || scalars[1] == ")")
    }

    /// `Q: …`, `Q. …`, `Question – …`.
    var hasQuestionPrefix: Bool {
        for prefix in ["Question", "Q"] where scalars.starts(with: prefix.unicodeScalars) {
            var rest = scalars.dropFirst(prefix.unicodeScalars.count)
            if rest.first == " " { rest = rest.dropFirst() }
            guard let mark = rest.first else { return false }
            return ":.–-".unicodeScalars.contains(mark)
        }
        return false
    }

    /// Photo credits, captions and by-lines: `Photo : AFP`, `© Getty Images`, `By Jane Doe`.
    var isCredit: Bool {
        tokens.contains(where: { Self.creditWords.contains($0) }) || scalars.contains("©")
            || contains("source:") || contains("source :")
            || tokens.first.map { Self.bylineWords.contains($0) } == true || tokens.starts(with: ["mis", "à", "jour"])
    }

    /// A web address or a handle.
    var isLink: Bool {
        if Self.linkMarks.contains(where: contains) { return true }
        for (index, scalar) in scalars.enumerated() where scalar == "@" && index + 1 < scalars.count {
            let next = scalars[index + 1]
            if Self.isAlphanumeric(next) || next == "_" { return true }
        }
        return false
    }

    /// A day next to a month name: `April 3`, `27 juin`, `May 6th`.
    var isDateLike: Bool {
        for (index, token) in tokens.enumerated() where Self.months.contains(token) {
            if index > 0, Self.isDayNumber(tokens[index - 1]) { return true }
            if index + 1 < tokens.count, Self.isDayNumber(tokens[index + 1]) { return true }
        }
        return false
    }

    /// Nothing but a date: `April 3, 2019`, `Mercredi 11 septembre 2019`, `27/06/2019`.
    var isDateOnly: Bool {
        func isNumber(_ token: String) -> Bool { token.unicodeScalars.allSatisfy(Self.isDigit) }
        guard tokens.contains(where: { Self.months.contains($0) || isNumber($0) }) else { return false }
        return tokens.allSatisfy {
            Self.months.contains($0) || Self.weekdays.contains($0) || Self.isDayNumber($0)
                || (isNumber($0) && $0.unicodeScalars.count == 4)
        }
    }

    /// Whether the line contains `needle` (lower-case ASCII), ignoring the case of ASCII letters; compares bytes,
    /// which is much cheaper than lower-casing the line and needs no Foundation.
    private func contains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, utf8.count >= pattern.count else { return false }
        func lower(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }
        for start in 0...(utf8.count - pattern.count) where lower(utf8[start]) == pattern[0] {
            if pattern.indices.allSatisfy({ lower(utf8[start + $0]) == pattern[$0] }) { return true }
        }
        return false
    }

    private static func isDayNumber(_ token: String) -> Bool {
        let digits = token.unicodeScalars.prefix(while: { ("0"..."9").contains($0) }).count
        let rest = String(token.unicodeScalars.dropFirst(digits))
        return (1...2).contains(digits) && (rest.isEmpty || daySuffixes.contains(rest))
    }

    private static let creditWords: Set<String> = [
        "photo", "photos", "crédit", "crédits", "credit", "credits", "getty", "afp", "reuters", "image", "images",
        "illustration", "illustrations", "shutterstock", "picture",
    ]
    private static let bylineWords: Set<String> = ["by", "par", "posted", "publié", "updated"]
    private static let linkMarks = ["http://", "https://", "www.", ".com", ".fr", "pic.twitter"]
    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
    private static let daySuffixes: Set<String> = ["st", "nd", "rd", "th", "er"]
}
