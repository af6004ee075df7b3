/// Decides what a sentence is (claims spec §4), in order: metadata, heading, question, fragment, directive,
/// else claim.
struct UnitClassifier {
    private let metadataStarts: PhraseSet
    private let directiveStarts: PhraseSet
    private let bylineStarts: WordSet

    init(lexicon: Lexicon) {
        metadataStarts = lexicon.phrases("metadata_starts")
        directiveStarts = lexicon.phrases("directive_starts")
        bylineStarts = WordSet(lexicon.words("byline_starts"))
    }

    func classify(_ sentence: ClaimSentence, isWholeLine: Bool) -> SentenceUnit.UnitType {
        let tokens = sentence.tokens
        // Indices rather than a filtered copy of the tokens (copying retains every token's text), in an array
        // sized once (filtering grew it several times a sentence).
        var words: [Int] = []
        words.reserveCapacity(tokens.count)
        for index in tokens.indices where tokens[index].shape != .punctuation { words.append(index) }
        if isMetadata(sentence, words: words, isWholeLine: isWholeLine) { return .metadata }
        if isHeading(sentence, words: words) { return .heading }
        if endsWithQuestionMark(sentence) { return .question }
        if words.count < 4 { return .fragment }
        if let first = tokens.firstIndex(where: { $0.shape != .punctuation }),
            directiveStarts.match(tokens, at: first) != nil
        {
            return .directive
        }
        return .claim
    }

    private func isMetadata(_ sentence: ClaimSentence, words: [Int], isWholeLine: Bool) -> Bool {
        let scalars = sentence.text.scalars
        let range = sentence.range
        let tokens = sentence.tokens
        guard let firstWordIndex = words.first else { return true }
        let firstWord = tokens[firstWordIndex]
        // A whole line that is a date, a time or a URL.
        if isWholeLine, words.allSatisfy({ tokens[$0].shape == .number }) || startsWithHTTP(sentence) {
            return true
        }
        // A caption or credit wrapped in parentheses: `(Graphic: … - here)`, `(Reporting by …)`.
        if scalars[range.lowerBound] == "(", scalars[range.upperBound - 1] == ")" { return true }
        if let start = sentence.tokens.firstIndex(where: { $0.shape != .punctuation }),
            let count = metadataStarts.match(sentence.tokens, at: start), start + count < sentence.tokens.count
        {
            let next = sentence.tokens[start + count]
            if next.folded == ":" || next.folded == "-" || next.isCapitalised || next.folded == "aussi" { return true }
        }
        // A by-line: `Par Jean Dupont`, `By Jane Smith` and nothing else.
        if bylineStarts.contains(firstWord), firstWord.isCapitalised, words.count <= 6,
            words.dropFirst().allSatisfy({
                tokens[$0].isCapitalised || tokens[$0].folded == "and" || tokens[$0].folded == "et"
            })
        {
            return true
        }
        return isDateline(sentence)
    }

    /// `NEW YORK (Reuters) -`, `SAN FRANCISCO (AP) —`: a dateline and agency credit split off the lead.
    func isDateline(_ sentence: ClaimSentence) -> Bool {
        let tokens = sentence.tokens
        guard let last = tokens.last, FixedWords.dashes.contains(last),
            let open = tokens.firstIndex(where: { $0.folded == "(" }), open > 0,
            tokens[..<open].allSatisfy({ $0.shape == .punctuation || $0.isAllCaps || $0.folded.count == 1 })
        else { return false }
        return tokens.count - open <= 5
    }

    private func isHeading(_ sentence: ClaimSentence, words: [Int]) -> Bool {
        guard let last = sentence.text.scalars[sentence.range].last, !Self.terminalMarks.contains(last) else {
            return false
        }
        guard words.count <= 15 else { return false }
        if words.count <= 8 { return true }
        let tokens = sentence.tokens
        let long = words.filter { tokens[$0].shape == .word && tokens[$0].folded.unicodeScalars.count > 3 }
        let capitalised = long.filter { tokens[$0].isCapitalised }
        return !long.isEmpty && capitalised.count * 2 >= long.count
    }

    /// `sentence.original(range).hasPrefix("http")` without building the sentence's text: only `http` itself
    /// can start such a prefix, and a combining mark after it (which would change the fourth character) is left
    /// to `hasPrefix`.
    private func startsWithHTTP(_ sentence: ClaimSentence) -> Bool {
        let scalars = sentence.text.scalars
        let range = sentence.range
        guard range.count >= 4, scalars[range.lowerBound] == "h", scalars[range.lowerBound + 1] == "t",
            scalars[range.lowerBound + 2] == "t", scalars[range.lowerBound + 3] == "p"
        else { return false }
        if range.count == 4 || scalars[range.lowerBound + 4].value < 0x300 { return true }
        return sentence.original(range).hasPrefix("http")
    }

    private func endsWithQuestionMark(_ sentence: ClaimSentence) -> Bool {
        var index = sentence.range.upperBound - 1
        let scalars = sentence.text.scalars
        while index > sentence.range.lowerBound, "»”\"')] \u{00A0}\u{202F}".unicodeScalars.contains(scalars[index]) {
            index -= 1
        }
        return scalars[index] == "?"
    }

    static let terminalMarks: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";", "»", "\"", "”", ")"]
}
