/// What the heading detector needs to know about one body line, computed once so that each line can be compared
/// with its neighbours cheaply. Definitions mirror `scripts/heading_features.py`.
struct LineShape: Sendable {
    static let openingQuotes: Set<Character> = ["\"", "“", "«", "'", "‘", "„"]
    static let closingQuotes: Set<Character> = ["\"", "”", "»", "'", "’", "“"]
    static let dashes: Set<Character> = ["-", "–", "—"]
    static let spaces: Set<Character> = [" ", "\u{a0}"]

    let text: String
    let characters: [Character]
    let wordCount: Int
    /// The first white-space separated word, lower-cased, for spotting list items that start alike.
    let firstWord: Substring
    /// Lower-cased runs of letters and digits.
    let tokens: [Substring]

    init(_ text: String) {
        self.text = text
        characters = Array(text)
        let words = text.split(whereSeparator: { $0.isWhitespace })
        wordCount = words.count
        firstWord = words.first.map { Substring($0.lowercased()) } ?? ""
        tokens = text.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) })
    }

    var first: Character? { characters.first }
    var last: Character? { characters.last }

    /// Looks like a heading at first sight: at most 12 words and no sentence-final mark.
    var isShort: Bool {
        guard let last else { return false }
        return wordCount <= 12 && !".!?;,:…".contains(last)
    }

    /// Reads as running text: a sentence end, or too long for a heading.
    var isParagraph: Bool {
        guard let last else { return false }
        return wordCount > 20 || (".!;,…".contains(last) && wordCount > 6)
    }

    /// `- Title -`, the one explicit heading mark some wire copy uses.
    var isDashWrapped: Bool {
        let count = characters.count
        return count >= 3 && Self.dashes.contains(characters[0]) && Self.dashes.contains(characters[count - 1])
            && Self.spaces.contains(characters[1]) && Self.spaces.contains(characters[count - 2])
    }

    /// `1. Title`, `12) Title`, `a) Title`.
    var isNumbered: Bool {
        let digits = characters.prefix(while: { $0.isASCII && $0.isNumber }).count
        if (1...2).contains(digits) {
            return characters.count > digits && ".)".contains(characters[digits])
        }
        guard characters.count > 1 else { return false }
        return characters[0].isASCII && characters[0].isLetter && ".)".contains(characters[1])
    }

    /// `Q: …`, `Q. …`, `Question – …`.
    var hasQuestionPrefix: Bool {
        for prefix in ["Question", "Q"] where text.hasPrefix(prefix) {
            var rest = text.dropFirst(prefix.count)
            if rest.first == " " { rest = rest.dropFirst() }
            guard let mark = rest.first else { return false }
            return ":.–-".contains(mark)
        }
        return false
    }

    /// Photo credits, captions and by-lines: `Photo : AFP`, `© Getty Images`, `By Jane Doe`.
    var isCredit: Bool {
        let lower = text.lowercased()
        return tokens.contains(where: { Self.creditWords.contains($0) }) || text.contains("©")
            || lower.contains("source:") || lower.contains("source :")
            || tokens.first.map { Self.bylineWords.contains($0) } == true || lower.hasPrefix("mis à jour")
    }

    /// A web address or a handle.
    var isLink: Bool {
        let lower = text.lowercased()
        if Self.linkMarks.contains(where: { lower.contains($0) }) { return true }
        for (index, character) in characters.enumerated() where character == "@" && index + 1 < characters.count {
            let next = characters[index + 1]
            if next.isLetter || next.isNumber || next == "_" { return true }
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
        func isNumber(_ token: Substring) -> Bool { token.allSatisfy { $0.isASCII && $0.isNumber } }
        guard tokens.contains(where: { Self.months.contains($0) || isNumber($0) }) else { return false }
        return tokens.allSatisfy {
            Self.months.contains($0) || Self.weekdays.contains($0) || Self.isDayNumber($0)
                || (isNumber($0) && $0.count == 4)
        }
    }

    private static func isDayNumber(_ token: Substring) -> Bool {
        let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
        let rest = token.dropFirst(digits.count)
        return (1...2).contains(digits.count) && (rest.isEmpty || daySuffixes.contains(rest))
    }

    private static let creditWords: Set<Substring> = [
        "photo", "photos", "crédit", "crédits", "credit", "credits", "getty", "afp", "reuters", "image", "images",
        "illustration", "illustrations", "shutterstock", "picture",
    ]
    private static let bylineWords: Set<Substring> = ["by", "par", "posted", "publié", "updated"]
    private static let linkMarks = ["http://", "https://", "www.", ".com", ".fr", "pic.twitter"]
    private static let months: Set<Substring> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    private static let weekdays: Set<Substring> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
    private static let daySuffixes: Set<Substring> = ["st", "nd", "rd", "th", "er"]
}
