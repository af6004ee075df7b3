/// The most frequent French and English words, which say nothing about what a text is about.
///
/// A search skips them (outside quotes, when other words remain): they occur in almost every section, so BM25
/// gives them no weight, yet requiring them made FTS5 read their whole posting lists — `réforme des retraites`
/// took 57 ms on 30,000 articles, nearly all of it for `des`.
public enum FunctionWords {
    public static func contains(_ word: String) -> Bool {
        words.contains(word.lowercased())
    }

    static let words: Set<String> = [
        // French
        "le", "la", "les", "l", "un", "une", "de", "des", "du", "d", "et", "à", "au", "aux", "en", "dans", "par",
        "pour", "sur", "que", "qui", "qu", "ne", "se", "ce", "ces", "son", "sa", "ses", "il", "elle", "ils", "est",
        "ou", "avec",
        // English
        "the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "by", "with", "is", "are", "was", "be",
        "it", "that", "this", "as", "from",
    ]
}
