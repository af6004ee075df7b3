/// Splits text into units and analyses every claim (claims spec): unit type (§4), attribution (§6), hedging
/// (§5), kinds (§7), actors (§8), numbers (§9) and a check-worthiness score (§10). Deterministic: the same text,
/// language and context always give the same units, and every decision carries the cue that made it.
public struct ClaimExtractor: Sendable {
    /// Stored with every claim, so claims from an older extractor (or older lexicons) can be found and
    /// re-analysed with `archive reanalyze`.
    public static let version = "1.0.0+" + Lexicon.fingerprint

    public init() {}

    /// Units of `text` (one or more paragraphs separated by newlines), offsets in code points into `text`.
    public func analyze(_ text: String, language: Language, context: ClaimContext? = nil) -> [SentenceUnit] {
        analyze(sections: [text], language: language, context: context)[0]
    }

    /// Units of each text of one article (its sections, or its paragraphs). The texts are read together so a
    /// name written in mid-sentence anywhere in the article counts as evidence for the same word at the start
    /// of a sentence (§8); every sentence is tokenized once.
    public func analyze(sections texts: [String], language: Language, context: ClaimContext? = nil) -> [[SentenceUnit]]
    {
        let pipeline = ClaimPipeline.forLanguage(language)
        var context = context ?? ClaimContext()
        let sentences = texts.map { text -> [ClaimSentence] in
            let shadow = ShadowText(text)
            return pipeline.segmenter.split(shadow).map {
                ClaimSentence(text: shadow, range: $0, lexicon: pipeline.lexicon)
            }
        }
        for section in sentences {
            for sentence in section { context.collectNames(sentence.tokens) }
        }
        return sentences.map { section in section.map { pipeline.unit($0, context: context) } }
    }
}

/// The rule objects of one language, built once from its lexicon. A class: the rules hold hundreds of tables,
/// and passing a struct copy around retained every one of them for each article.
final class ClaimPipeline: Sendable {
    let lexicon: Lexicon
    let segmenter: SentenceSegmenter
    let classifier: UnitClassifier
    let hedging: HedgingDetector
    let attribution: AttributionFinder
    let kinds: KindClassifier
    let actors: ActorFinder
    let numbers: NumberFinder

    static let french = ClaimPipeline(lexicon: .french)
    static let english = ClaimPipeline(lexicon: .english)

    static func forLanguage(_ language: Language) -> ClaimPipeline { language == .french ? french : english }

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        segmenter = SentenceSegmenter(language: lexicon.language)
        classifier = UnitClassifier(lexicon: lexicon)
        hedging = HedgingDetector(lexicon: lexicon)
        attribution = AttributionFinder(lexicon: lexicon)
        kinds = KindClassifier(lexicon: lexicon)
        actors = ActorFinder(lexicon: lexicon)
        numbers = NumberFinder(lexicon: lexicon)
    }

    func unit(_ sentence: ClaimSentence, context: ClaimContext) -> SentenceUnit {
        let text = sentence.text
        let range = sentence.range
        let isWholeLine =
            (range.lowerBound == 0 || text.scalars[range.lowerBound - 1] == "\n")
            && (range.upperBound == text.count || text.scalars[range.upperBound] == "\n")
        let type = classifier.classify(sentence, isWholeLine: isWholeLine)
        let sentenceText = text.text(range)
        guard type == .claim else {
            return SentenceUnit(start: range.lowerBound, end: range.upperBound, text: sentenceText, type: type)
        }
        return SentenceUnit(
            start: range.lowerBound, end: range.upperBound, text: sentenceText, type: .claim,
            claim: analyse(sentence, context: context))
    }

    func analyse(_ sentence: ClaimSentence, context: ClaimContext) -> ClaimAnalysis {
        let attribution = attribution.find(sentence)
        let hedge = hedging.detect(sentence, attribution: attribution)
        let numbers = numbers.find(sentence)
        let (kind, kinds) = kinds.classify(
            sentence, numbers: numbers, predictiveModal: hedge.predictiveModal, articleYear: context.articleYear)
        let actors = actors.find(sentence, context: context)
        let firstWord = sentence.tokens.first(where: \.isWord)?.folded ?? ""
        let score = CheckworthinessScorer.score(
            kinds: kinds, numbers: numbers, actors: actors, firstWord: firstWord, wordCount: sentence.wordCount)
        return ClaimAnalysis(
            kind: kind, kinds: kinds, hedging: hedge.hedging, cues: hedge.cues, vague: hedge.vague,
            attribution: attribution, actors: actors, numbers: numbers, checkworthiness: score)
    }
}
