/// A full-text query that is safe to hand to FTS5 `MATCH`, built from what a user typed. Every word becomes a
/// quoted string (so `AND`, `NEAR`, `*`, `:`, `^` and parentheses are plain text) and the words are all required.
public struct FTSQuery: Equatable, Sendable {
    /// The FTS5 expression, e.g. `"l" "ia" "chine"`.
    public let expression: String
    /// The words searched for, as typed (for display and highlighting).
    public let terms: [String]

    /// Nil when the text holds no word at all (only punctuation or spaces): such a query can match nothing.
    public init?(userText: String) {
        let words = userText.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
        guard !words.isEmpty else { return nil }
        terms = words
        expression = words.map { "\"" + $0.replacing("\"", with: "\"\"") + "\"" }.joined(separator: " ")
    }
}
