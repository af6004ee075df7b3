/// Decides what kind of claim a sentence makes (claims spec §7): a set of kinds and the primary one by
/// precedence prediction > quantitative > causal > comparative > opinion > factual.
struct KindClassifier {
    private let language: Language
    private let verbs: FrenchVerbForms
    private let numberWords: WordSet
    private let predictionPhrases: PhraseSet
    private let allerForms: WordSet
    private let causalPhrases: PhraseSet
    private let comparativePhrases: PhraseSet
    private let copulas: WordSet
    private let evaluative: IDSet
    private let stancePhrases: PhraseSet
    private let auxiliaries: WordSet
    private let yearPrepositions: PhraseSet

    init(lexicon: Lexicon) {
        language = lexicon.language
        verbs = FrenchVerbForms(lexicon: lexicon)
        numberWords = WordSet(lexicon.words("number_words"))
        predictionPhrases = lexicon.phrases("prediction_phrases")
        allerForms = WordSet(lexicon.words("aller_forms"))
        causalPhrases = lexicon.phrases("causal_phrases")
        comparativePhrases = lexicon.phrases("comparative_phrases")
        copulas = WordSet(lexicon.words("copulas"))
        evaluative = IDSet(lexicon.ids("evaluative"))
        stancePhrases = lexicon.phrases("stance_phrases")
        auxiliaries = WordSet(lexicon.words("cond_auxiliaries"))
        yearPrepositions = lexicon.phrases("year_prepositions")
    }

    static let precedence: [ClaimAnalysis.Kind] = [.prediction, .quantitative, .causal, .comparative, .opinion]

    func classify(
        _ sentence: ClaimSentence, numbers: [NumberMention], predictiveModal: Bool, articleYear: Int?
    ) -> (kind: ClaimAnalysis.Kind, kinds: [ClaimAnalysis.Kind]) {
        // At most five kinds: a list to scan, where a set hashed every one.
        var kinds: [ClaimAnalysis.Kind] = []
        if isQuantitative(sentence, numbers: numbers) { kinds.append(.quantitative) }
        if predictiveModal || isPrediction(sentence, numbers: numbers, articleYear: articleYear) {
            kinds.append(.prediction)
        }
        if causalPhrases.occurs(in: sentence.tokens) { kinds.append(.causal) }
        if isComparative(sentence) { kinds.append(.comparative) }
        if isOpinion(sentence) { kinds.append(.opinion) }
        let ordered = Self.precedence.filter { kinds.contains($0) }
        return (ordered.first ?? .factual, ordered.isEmpty ? [.factual] : ordered)
    }

    private func isQuantitative(_ sentence: ClaimSentence, numbers: [NumberMention]) -> Bool {
        if numbers.contains(where: { $0.kind == "percent" || $0.kind == "money" || $0.kind == "count" }) { return true }
        let tokens = sentence.tokens
        return tokens.indices.contains { index in
            tokens[index].isWord
                && (tokens[index].id >= 0 && numberWords.contains(tokens[index])
                    || tokens[index].containsHyphen
                        && tokens[index].folded.split(separator: "-").contains { numberWords.contains(String($0)) })
        }
    }

    private func isPrediction(_ sentence: ClaimSentence, numbers: [NumberMention], articleYear: Int?) -> Bool {
        let tokens = sentence.tokens
        for index in tokens.indices where tokens[index].isWord {
            if let count = predictionPhrases.match(tokens, at: index) {
                // `va`/`vont` count only before an infinitive (`va grimper`), not `va bien`.
                if count == 1, allerForms.contains(tokens[index]) {
                    var next = index + 1
                    while next < tokens.count,
                        FixedWords.allerSkipped.contains(tokens[next])
                    {
                        next += 1
                    }
                    if next < tokens.count, Self.isInfinitive(tokens[next].folded) { return true }
                    continue
                }
                return true
            }
            if language == .french, !tokens[index].isCapitalised || index == 0, verbs.isFuture(tokens[index]) {
                return true
            }
            if language == .english, FixedWords.predictiveModals.contains(tokens[index]), index + 1 < tokens.count,
                !tokens[index].isCapitalised || index == 0,
                !FixedWords.nonPredictiveFollowers.contains(tokens[index + 1]), tokens[index + 1].isWord
            {
                return true
            }
        }
        // A later year makes a prediction when it is when something happens (`en 2031`, `by 2030`), not when
        // it names a thing (`la présidentielle de 2022`).
        guard let articleYear else { return false }
        for number in numbers where number.kind == "year" && (number.value ?? 0) > Double(articleYear) {
            guard let index = tokens.firstIndex(where: { $0.start == number.start }) else { continue }
            for length in 1...3 where index - length >= 0 {
                if yearPrepositions.match(tokens, at: index - length) == length { return true }
            }
        }
        return false
    }

    private static func isInfinitive(_ word: String) -> Bool {
        let core = FrenchVerbForms.stripClitic(word)
        return core.hasSuffix("er") || core.hasSuffix("ir") || core.hasSuffix("re") || core.hasSuffix("oir")
    }

    private func isComparative(_ sentence: ClaimSentence) -> Bool {
        let tokens = sentence.tokens
        if comparativePhrases.occurs(in: tokens) { return true }
        // `plus … que`, `moins … que`, `aussi … que` within five words; EN `-er than` is caught by `than`.
        if language == .french {
            for index in tokens.indices where FixedWords.comparisonAdverbs.contains(tokens[index]) {
                for next in (index + 1)..<min(tokens.count, index + 6)
                where FixedWords.frenchThat.contains(tokens[next]) {
                    return true
                }
            }
        }
        return false
    }

    private func isOpinion(_ sentence: ClaimSentence) -> Bool {
        let tokens = sentence.tokens
        if stancePhrases.occurs(in: tokens) { return true }
        for index in tokens.indices where tokens[index].isWord && evaluative.contains(tokens[index].id) {
            // Predicated through a copula within the four preceding words: `est cruciale`, `is unacceptable`.
            var back = index - 1
            var seen = 0
            while back >= 0, seen < 4 {
                if copulas.contains(tokens[back]) { return true }
                if tokens[back].shape == .punctuation, tokens[back].folded != "«", tokens[back].folded != "\"",
                    tokens[back].folded != "“"
                {
                    break
                }
                seen += 1
                back -= 1
            }
        }
        return false
    }
}
