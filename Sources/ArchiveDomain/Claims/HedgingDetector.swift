/// Finds how surely a claim is put (claims spec §5): conditions, strong hedge cues, weak cues, weasel words
/// and boosters, every one recorded as a cue; the label follows conditional > hedged > asserted.
struct HedgingDetector {
    struct Result {
        var hedging: ClaimAnalysis.Hedging
        var cues: [Cue]
        var vague: Bool
        /// Conditional modals that also mark a prediction (`pourrait proposer`, `could set`).
        var predictiveModal: Bool
    }

    private let language: Language
    private let verbs: FrenchVerbForms
    private let conditionPhrases: PhraseSet
    private let conditionSubjects: WordSet
    private let conditionBlockers: WordSet
    private let conditionIdioms: PhraseSet
    private let indirectQuestionWords: WordSet
    private let hedgePhrases: PhraseSet
    private let hedgeBlockers: PhraseSet
    private let epistemicPouvoir: IDSet
    private let epistemicFollowers: PhraseSet
    private let weakCues: IDSet
    private let weasels: PhraseSet
    private let boosters: PhraseSet
    private let politenessVerbs: WordSet
    private let politenessSubjects: WordSet
    private let modalConditionals: WordSet
    private let modalCopulaFollowers: WordSet
    private let modalSkipAdverbs: WordSet
    private let modalHedges: IDSet
    private let reportingVerbs: WordSet
    private let reportingPastForWould: WordSet
    private let complementizers: WordSet

    init(lexicon: Lexicon) {
        language = lexicon.language
        verbs = FrenchVerbForms(lexicon: lexicon)
        conditionPhrases = lexicon.phrases("condition_phrases")
        conditionSubjects = WordSet(lexicon.words("condition_subjects"))
        conditionBlockers = WordSet(lexicon.words("condition_blockers_before"))
        conditionIdioms = lexicon.phrases("condition_idioms")
        indirectQuestionWords = WordSet(lexicon.words("indirect_question_words"))
        hedgePhrases = lexicon.phrases("hedge_phrases")
        hedgeBlockers = lexicon.phrases("hedge_blockers")
        epistemicPouvoir = IDSet(lexicon.ids("epistemic_pouvoir"))
        epistemicFollowers = lexicon.phrases("epistemic_pouvoir_followers")
        weakCues = IDSet(lexicon.ids("weak_cues"))
        weasels = lexicon.phrases("weasel_phrases")
        boosters = lexicon.phrases("boosters")
        politenessVerbs = WordSet(lexicon.words("politeness_verbs"))
        politenessSubjects = WordSet(lexicon.words("politeness_subjects"))
        modalConditionals = WordSet(lexicon.words("modal_conditionals"))
        modalCopulaFollowers = WordSet(lexicon.words("modal_copula_followers"))
        modalSkipAdverbs = WordSet(lexicon.words("modal_skip_adverbs"))
        modalHedges = IDSet(lexicon.ids("modal_hedges"))
        reportingVerbs = WordSet(lexicon.words("reporting_verbs"))
        reportingPastForWould = WordSet(lexicon.words("reporting_past_for_would"))
        complementizers = WordSet(lexicon.words("complementizers"))
    }

    func detect(_ sentence: ClaimSentence, attribution: Attribution?) -> Result {
        let tokens = sentence.tokens
        var cues: [Cue] = []
        var conditional = false
        var hedged = false
        var predictiveModal = false
        // Tokens inside a cue, and (below) inside a hedge blocker: both tables are made at their first entry,
        // since most sentences need neither.
        var covered: [Bool] = []

        func cue(_ first: Int, _ count: Int, _ cueClass: String, _ strength: String) {
            cues.append(
                Cue(
                    text: sentence.original(tokens: first, first + count - 1), start: tokens[first].start,
                    end: tokens[first + count - 1].end, cueClass: cueClass, strength: strength))
            if covered.isEmpty { covered = [Bool](repeating: false, count: tokens.count) }
            for index in first..<(first + count) { covered[index] = true }
        }

        // (a) Conditions.
        var conditionAt: Int?
        var index = 0
        while index < tokens.count {
            if let count = conditionIdioms.match(tokens, at: index) {
                index += count
                continue
            }
            if isFrenchSi(tokens, index) {
                cue(index, tokens[index].folded == "s'" ? 2 : 1, "condition", "strong")
                conditional = true
                conditionAt = conditionAt ?? index
                index += 1
                continue
            }
            if let count = conditionPhrases.match(tokens, at: index), !isBlockedCondition(tokens, index) {
                cue(index, count, "condition", "strong")
                conditional = true
                conditionAt = conditionAt ?? index
                index += count
                continue
            }
            index += 1
        }

        // (b) Strong cues; (c) weak cues; (e) boosters.
        var blocked: [Bool] = []
        for match in hedgeBlockers.matches(in: tokens) {
            if blocked.isEmpty { blocked = [Bool](repeating: false, count: tokens.count) }
            for index in match.index..<(match.index + match.count) { blocked[index] = true }
        }
        index = 0
        while index < tokens.count {
            let isCovered = !covered.isEmpty && covered[index]
            let isBlocked = !blocked.isEmpty && blocked[index]
            if isCovered || isBlocked {
                if let count = boosters.match(tokens, at: index), isBlocked {
                    cue(index, count, "booster", "strong")
                    index += count
                } else {
                    index += 1
                }
                continue
            }
            let word = tokens[index].folded
            let id = tokens[index].id
            if let count = boosters.match(tokens, at: index) {
                cue(index, count, "booster", word == "certainement" ? "weak" : "strong")
                index += count
                continue
            }
            if language == .french, epistemicPouvoir.contains(id),
                let count = epistemicFollowers.match(tokens, at: index + 1 < tokens.count ? index + 1 : index),
                index + 1 < tokens.count
            {
                cue(index, 1 + count, "modal", "strong")
                hedged = true
                index += 1 + count
                continue
            }
            if let count = hedgePhrases.match(tokens, at: index), !isDeonticShould(tokens, index) {
                cue(index, count, "predicate", "strong")
                hedged = true
                index += count
                continue
            }
            if language == .french, tokens[index].isWord, verbs.isConditional(tokens[index]) {
                let strength = frenchConditionalStrength(sentence, index, attribution: attribution)
                // The cue keeps its elided pronoun: `s'établirait`, `n'aurait`.
                let elided =
                    index > 0 && tokens[index - 1].end == tokens[index].start && tokens[index - 1].folded.hasSuffix("'")
                if elided {
                    cue(index - 1, 2, "cond-verb", strength)
                } else {
                    cue(index, 1, "cond-verb", strength)
                }
                if strength == "strong" {
                    hedged = true
                } else if politenessVerbs.contains(word) == false {
                    // A reported future (`a fait savoir qu'il ne démissionnerait pas`) is the source's prediction.
                    predictiveModal = true
                }
                if modalConditionals.contains(FrenchVerbForms.stripClitic(word)), !isFollowedByCopula(tokens, index) {
                    predictiveModal = true
                }
                index += 1
                continue
            }
            if language == .english, modalHedges.contains(id) {
                if tokens[index].isCapitalised, index > 0, tokens[index - 1].shape != .punctuation {
                    index += 1  // `in May`: the month, not the modal.
                    continue
                }
                if isNegated(tokens, index) {
                    cue(index, 1, "modal", "weak")
                } else if word == "would", isFutureInPast(tokens, index) {
                    // `said he would raise tariffs`: asserted by the source, and a prediction.
                    cue(index, 1, "modal", "weak")
                    predictiveModal = true
                } else {
                    cue(index, 1, "modal", "strong")
                    hedged = true
                    if word != "would", index + 1 < tokens.count,
                        !FixedWords.modalCopulas.contains(tokens[index + 1])
                    {
                        predictiveModal = true
                    }
                }
                index += 1
                continue
            }
            if weakCues.contains(id) || (language == .french && epistemicPouvoir.contains(id)) {
                cue(index, 1, "adverb", "weak")
                index += 1
                continue
            }
            if let count = weasels.match(tokens, at: index) {
                cue(index, count, "weasel", "weak")
                index += count
                continue
            }
            index += 1
        }
        _ = conditionAt

        let vague = attribution?.type == .vague
        let hedging: ClaimAnalysis.Hedging = conditional ? .conditional : (hedged || vague) ? .hedged : .asserted
        cues.sort { $0.start < $1.start }
        return Result(hedging: hedging, cues: cues, vague: vague, predictiveModal: predictiveModal)
    }

    /// French clause-initial `si` followed by a subject, or `s'il(s)`; not `même si`, `comme si`, `si important`,
    /// nor an indirect question (`demande si`, `savoir si`).
    // Inlined up to its first test, which nearly every token fails.
    @inline(__always) private func isFrenchSi(_ tokens: [Token], _ index: Int) -> Bool {
        language == .french && FixedWords.frenchSi.contains(tokens[index]) && isFrenchSiClause(tokens, index)
    }

    /// The rest of `isFrenchSi`, for a token `si` or `s'`.
    private func isFrenchSiClause(_ tokens: [Token], _ index: Int) -> Bool {
        let word = tokens[index].folded
        let isSIl = word == "s'" && index + 1 < tokens.count && FixedWords.frenchHe.contains(tokens[index + 1])
        guard word == "si" || isSIl else { return false }
        if let previous = index > 0 ? tokens[index - 1] : nil {
            if conditionBlockers.contains(previous) { return false }
            let clauseStart =
                previous.shape == .punctuation && ClaimSentence.clausePunctuation.contains(previous)
            if !clauseStart, !isSIl, !FixedWords.clauseJoiners.contains(previous) { return false }
        }
        // An indirect question: a verb of asking or knowing earlier in the same clause.
        var back = index - 1
        while back >= 0, !(tokens[back].shape == .punctuation && FixedWords.clauseMarks.contains(tokens[back])) {
            let folded = tokens[back].folded
            if indirectQuestionWords.contains(tokens[back]) || folded.hasPrefix("demand") || folded.hasPrefix("ignor") {
                return false
            }
            back -= 1
        }
        if isSIl { return true }
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return conditionSubjects.contains(next) || (next.isCapitalised && next.isWord) || next.shape == .number
    }

    /// English `if` after `asked`, `wonder`, `know`, `unclear`… is an indirect question.
    private func isBlockedCondition(_ tokens: [Token], _ index: Int) -> Bool {
        guard language == .english, index > 0 else { return false }
        for back in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            if conditionBlockers.contains(tokens[back]) { return true }
            if tokens[back].shape == .punctuation { break }
        }
        return false
    }

    /// `should` that recommends (`we should act`, `efforts should be informed`) rather than predicts.
    private func isDeonticShould(_ tokens: [Token], _ index: Int) -> Bool {
        guard tokens[index].folded == "should" else { return false }
        if index + 1 < tokens.count, FixedWords.deonticShouldFollowers.contains(tokens[index + 1]) {
            return true
        }
        if index > 0,
            FixedWords.deonticShouldSubjects.contains(tokens[index - 1])
        {
            return true
        }
        return false
    }

    private func isNegated(_ tokens: [Token], _ index: Int) -> Bool {
        index + 1 < tokens.count && FixedWords.negations.contains(tokens[index + 1])
            || tokens[index].folded.hasSuffix("n't")
    }

    /// `said it would…`: English future-in-the-past after a reporting verb.
    private func isFutureInPast(_ tokens: [Token], _ index: Int) -> Bool {
        // Up to eight words back, within the clause: `warned that a ceasefire in Gaza would risk…`.
        var back = index - 1
        while back >= 0, back >= index - 8 {
            if reportingPastForWould.contains(tokens[back]) { return true }
            if tokens[back].shape == .punctuation, FixedWords.sentenceMarks.contains(tokens[back]) { return false }
            back -= 1
        }
        return false
    }

    private func isFollowedByCopula(_ tokens: [Token], _ index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, modalSkipAdverbs.contains(tokens[next]) { next += 1 }
        return next < tokens.count && modalCopulaFollowers.contains(tokens[next])
    }

    /// A French conditional is a strong hedge, except 1st-person politeness (`je voudrais`) and the
    /// future-in-the-past of a reported statement (`a déclaré qu'il serait…`).
    private func frenchConditionalStrength(_ sentence: ClaimSentence, _ index: Int, attribution: Attribution?) -> String
    {
        let tokens = sentence.tokens
        let word = FrenchVerbForms.stripClitic(tokens[index].folded)
        if politenessVerbs.contains(word), index > 0, politenessSubjects.contains(tokens[index - 1]) {
            return "weak"
        }
        guard attribution != nil else { return "strong" }
        // Find the `que` that introduces this clause and a past reporting verb before it.
        var back = index - 1
        while back >= 0, !complementizers.contains(tokens[back]) {
            if tokens[back].folded == "." || tokens[back].folded == ";" { return "strong" }
            back -= 1
        }
        guard back > 0 else { return "strong" }
        for verb in stride(from: back - 1, through: max(0, back - 4), by: -1) {
            let folded = tokens[verb].folded
            let isPast =
                reportingVerbs.contains(tokens[verb])
                && (folded.hasSuffix("ait") || folded.hasSuffix("aient") || folded.hasSuffix("é")
                    || folded.hasSuffix("u")
                    || folded.hasSuffix("it") || folded.hasSuffix("is"))
            if isPast || folded == "savoir" || folded == "valoir" { return "weak" }
        }
        return "strong"
    }
}
