/// Short fixed word lists the rules test tokens against, as id tables (`WordSet`): comparing a token with each
/// string of an array literal ran the slow Unicode string comparison for every non-ASCII mark.
enum FixedWords {
    static let allerSkipped = WordSet([
        "donc", "enfin", "surtout", "bientôt", "encore", "aussi", "en", "y", "se", "s'", "le", "la", "les", "l'", "lui",
        "leur", "pas", "ne",
    ])
    static let articlesBeforeName = WordSet(["la", "l'", "the"])
    static let clauseJoiners = WordSet(["et", "mais", "ou", "que", "qu'"])
    static let clauseMarks = WordSet([",", ";", ":"])
    static let comparisonAdverbs = WordSet(["plus", "moins", "aussi", "autant"])
    static let dashes = WordSet(["-", "—", "–"])
    static let deonticShouldFollowers = WordSet(["be", "not", "never", "have", "also"])
    static let deonticShouldSubjects = WordSet(["we", "you", "they", "i", "he", "she", "government", "people"])
    static let frenchArticles = WordSet(["la", "l'", "le"])
    static let frenchFeminineArticles = WordSet(["la", "l'"])
    static let frenchHe = WordSet(["il", "ils"])
    static let frenchOf = WordSet(["de", "du", "des", "d'"])
    static let frenchSi = WordSet(["si", "s'"])
    static let frenchThat = WordSet(["que", "qu'"])
    static let inversionMarks = WordSet([",", "»", "\"", "”", "—", "–"])
    static let modalCopulas = WordSet(["have", "be", "not"])
    static let negations = WordSet(["not", "n't", "never"])
    static let nonPredictiveFollowers = WordSet(["have", "be", "not", "n't"])
    static let nounPhraseEnds = WordSet([",", ";", ":", ".", "!", "?", "»", "\"", "”", "—", "–"])
    static let openersBeforeName = WordSet(["«", "\"", "“", ":", "(", "—", "–", "-"])
    static let portfolioConnectors = WordSet(["de", "du", "d'", "of"])
    static let predictiveModals = WordSet(["may", "might", "could"])
    static let quotationOpeners = WordSet([":", "«", "“"])
    static let sentenceMarks = WordSet([".", ";", "!", "?"])
    static let sentenceOpeners = WordSet([":", "«", "\"", "“", ".", "!", "?", "…"])
    static let subjectBoundaryMarks = WordSet([",", ";", ":", "«", "»", "\"", "“", "”", "(", ")", "—", "–", "."])
    static let yeux = WordSet(["yeux"])
}
