/// One sentence being analysed: the shared text, the sentence's range in it and its tokens. Every rule reads
/// this; offsets stay code points into the whole analysed text.
struct ClaimSentence {
    let text: ShadowText
    let range: Range<Int>
    /// Words, numbers and punctuation marks, in order.
    let tokens: [Token]
    let lexicon: Lexicon

    init(text: ShadowText, range: Range<Int>, lexicon: Lexicon) {
        self.text = text
        self.range = range
        self.lexicon = lexicon
        tokens = Tokenizer.tokenize(text, range)
    }

    var language: Language { lexicon.language }

    func original(_ range: Range<Int>) -> String { text.text(range) }

    /// Original text from the start of token `first` to the end of token `last` (inclusive).
    func original(tokens first: Int, _ last: Int) -> String {
        text.text(tokens[first].start..<tokens[last].end)
    }

    func span(tokens first: Int, _ last: Int) -> Range<Int> { tokens[first].start..<tokens[last].end }

    var wordCount: Int { tokens.reduce(0) { $0 + ($1.shape == .punctuation ? 0 : 1) } }

    /// Index of the previous non-punctuation token before `index`, or nil.
    func previousWord(before index: Int) -> Int? {
        var i = index - 1
        while i >= 0 {
            if tokens[i].shape != .punctuation { return i }
            i -= 1
        }
        return nil
    }

    func isClauseBoundary(_ token: Token) -> Bool {
        token.shape == .punctuation && ClaimSentence.clausePunctuation.contains(token)
    }

    static let clausePunctuation = WordSet([",", ";", ":", "(", ")", "«", "»", "\"", "“", "”", "—", "–", "-"])
    static let quoteMarks = WordSet(["«", "»", "\"", "“", "”"])
}
