/// What the extractor knows about the whole article while it reads one sentence: the publication year (a
/// later year makes a prediction, §7) and the capitalised words seen in mid-sentence, which tell a name
/// (`Marquinhos a marqué`) from a word capitalised only because it starts the sentence (§8).
public struct ClaimContext: Sendable {
    public var articleYear: Int?
    /// Folded words and names that appear capitalised after the start of some sentence.
    public var knownNames: Set<String>

    public init(articleYear: Int? = nil, knownNames: Set<String> = []) {
        self.articleYear = articleYear
        self.knownNames = knownNames
    }

    /// Builds the context from an article: its year and the capitalised words of its title and paragraphs.
    public init(document: ArticleDocument) {
        articleYear = document.published.flatMap { Int($0.iso8601.prefix(4)) }
        knownNames = []
        // Titles are left out: English titles capitalise every word.
        for block in document.blocks where block.role == .paragraph {
            collectNames(block.text)
        }
    }

    /// Adds the capitalised words that `text` uses in mid-sentence.
    public mutating func collectNames(_ text: String) {
        let shadow = ShadowText(text)
        let tokens = Tokenizer.tokenize(shadow, 0..<shadow.count)
        for (index, token) in tokens.enumerated() where token.isWord && token.isCapitalised && index > 0 {
            let previous = tokens[index - 1]
            if previous.shape == .punctuation, [".", "!", "?", "…", "«", "\"", "“", ":"].contains(previous.folded) {
                continue
            }
            knownNames.insert(token.folded)
        }
    }

    func isKnownName(_ folded: String) -> Bool { knownNames.contains(folded) }
}
