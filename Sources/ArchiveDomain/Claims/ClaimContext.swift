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

    /// The context of an article: its publication year. Names are gathered by `ClaimExtractor` as it reads.
    public init(document: ArticleDocument) {
        articleYear = document.published.flatMap { Int($0.iso8601.prefix(4)) }
        knownNames = []
    }

    /// Adds the capitalised words of a sentence that stand after its first word and not right after an
    /// opening quote or a colon (where any word is capitalised).
    mutating func collectNames(_ tokens: [Token]) {
        for index in tokens.indices.dropFirst() where tokens[index].isCapitalised {
            let previous = tokens[index - 1]
            if previous.shape == .punctuation, Self.openers.contains(previous) { continue }
            knownNames.insert(tokens[index].folded)
        }
    }

    private static let openers = WordSet([".", "!", "?", "…", "«", "\"", "“", ":"])

    func isKnownName(_ folded: String) -> Bool { knownNames.contains(folded) }
}
