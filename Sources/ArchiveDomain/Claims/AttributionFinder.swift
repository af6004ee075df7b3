/// Finds who a claim is ascribed to (claims spec §6): `Selon X`, `X a déclaré que`, `«…», a déclaré X`,
/// `a-t-il affirmé`, `comme l'explique X`, `sources said`; first pattern that matches wins.
struct AttributionFinder {
    private let language: Language
    private let prepositional: PhraseSet
    private let npBlockers: WordSet
    private let complementizers: WordSet
    private let auxiliaries: WordSet
    private let adverbs: PhraseSet
    private let pronouns: WordSet
    private let pronounSources: WordSet
    private let subjectPronouns: WordSet
    private let vagueSources: WordSet
    private let anonymousDeterminers: WordSet
    private let numberWords: WordSet
    private let inversionDeterminers: WordSet
    private let impersonal: PhraseSet
    private let commeAttribution: PhraseSet
    private let reportingVerbs: WordSet
    private let reportingPhrases: PhraseSet
    private let bareReportingVerbs: WordSet

    init(lexicon: Lexicon) {
        language = lexicon.language
        prepositional = lexicon.phrases("prepositional_attribution")
        npBlockers = WordSet(lexicon.words("attribution_np_blockers"))
        complementizers = WordSet(lexicon.words("complementizers"))
        auxiliaries = WordSet(lexicon.words("auxiliaries"))
        adverbs = lexicon.phrases("attribution_adverbs")
        pronouns = WordSet(lexicon.words("pronouns"))
        pronounSources = WordSet(lexicon.words("pronoun_sources").union(lexicon.words("pronouns")))
        subjectPronouns = WordSet(lexicon.words("pronoun_sources"))
        vagueSources = WordSet(lexicon.words("vague_sources"))
        anonymousDeterminers = WordSet(lexicon.words("anonymous_determiners"))
        numberWords = WordSet(lexicon.words("number_words"))
        inversionDeterminers = WordSet(lexicon.words("inversion_determiners"))
        impersonal = lexicon.phrases("impersonal_attribution")
        commeAttribution = lexicon.phrases("comme_attribution")
        reportingVerbs = WordSet(lexicon.words("reporting_verbs"))
        reportingPhrases = lexicon.phrases("reporting_phrases")
        bareReportingVerbs = WordSet(lexicon.words("reporting_bare_ok"))
    }

    func find(_ sentence: ClaimSentence) -> Attribution? {
        prepositionalSource(sentence) ?? gluedPronoun(sentence) ?? commeSource(sentence) ?? reportingVerbSource(
            sentence)
            ?? impersonalSource(sentence)
    }

    // MARK: 1. Prepositional

    private func prepositionalSource(_ sentence: ClaimSentence) -> Attribution? {
        let tokens = sentence.tokens
        for index in tokens.indices {
            guard let count = prepositional.match(tokens, at: index) else { continue }
            let cueWord = tokens[index].folded
            // `Pour X, …` gives an opinion holder only at the start of the sentence and before a comma.
            if cueWord == "pour" {
                guard index == 0 || (index == 1 && tokens[0].shape == .punctuation) else { continue }
            }
            let npStart = index + count
            guard npStart < tokens.count, !ClaimSentence.quoteMarks.contains(tokens[npStart]) else { continue }
            var npEnd = npStart
            while npEnd < tokens.count {
                let token = tokens[npEnd]
                if token.shape == .punctuation,
                    FixedWords.nounPhraseEnds.contains(token)
                {
                    break
                }
                if complementizers.contains(token) { break }
                if tokens[npEnd].end - tokens[npStart].start > 80 { break }
                npEnd += 1
            }
            guard npEnd > npStart else { continue }
            if cueWord == "pour", npEnd >= tokens.count || tokens[npEnd].folded != "," || npEnd - npStart > 5 {
                continue
            }
            if cueWord == "pour", !(tokens[npStart].isCapitalised || pronouns.contains(tokens[npStart])) {
                continue
            }
            let firstWords = tokens[npStart..<npEnd].filter(\.isWord).prefix(5)
            if firstWords.contains(where: { npBlockers.contains($0) }) { continue }
            return make(sentence, npStart, npEnd - 1, cue: sentence.original(tokens: index, index + count - 1))
        }
        return nil
    }

    // MARK: 4. Glued pronoun inversion

    /// `a-t-il affirmé`, `dit-elle`, `estime-t-on`, `ajoute t-il`.
    private func gluedPronoun(_ sentence: ClaimSentence) -> Attribution? {
        guard language == .french else { return nil }
        let tokens = sentence.tokens
        for index in tokens.indices where tokens[index].isWord && tokens[index].containsHyphen {
            let token = tokens[index]
            let parts = token.folded.split(separator: "-").map(String.init)
            guard let last = parts.last, ["il", "elle", "ils", "elles", "on"].contains(last), parts.count >= 2 else {
                continue
            }
            let verb = parts[0]
            let cueEnd: Int
            if verb == "t", index > 0, reportingVerbs.contains(tokens[index - 1]) {
                // `ajoute t-il`: the verb is the previous token.
                cueEnd = index
                return Attribution(
                    source: last, start: token.end - last.unicodeScalars.count, end: token.end,
                    cue: sentence.original(tokens: index - 1, cueEnd), type: .pronoun)
            }
            if reportingVerbs.contains(verb) {
                cueEnd = index
            } else if auxiliaries.contains(verb), index + 1 < tokens.count {
                var next = index + 1
                while next < tokens.count, adverbs.match(tokens, at: next) != nil {
                    next += adverbs.match(tokens, at: next)!
                }
                guard next < tokens.count,
                    reportingVerbs.contains(tokens[next]) || reportingPhrases.match(tokens, at: next) != nil
                        || tokens[next].folded == "fait"
                else { continue }
                cueEnd = tokens[next].folded == "fait" && next + 1 < tokens.count ? next + 1 : next
            } else {
                continue
            }
            return Attribution(
                source: last, start: token.end - last.unicodeScalars.count, end: token.end,
                cue: sentence.original(tokens: index, cueEnd), type: .pronoun)
        }
        return nil
    }

    // MARK: 5. `comme l'explique X`

    private func commeSource(_ sentence: ClaimSentence) -> Attribution? {
        let tokens = sentence.tokens
        for index in tokens.indices {
            guard let count = commeAttribution.match(tokens, at: index) else { continue }
            let start = index + count
            var end = start
            while end < tokens.count, !sentence.isClauseBoundary(tokens[end]), tokens[end].folded != "." { end += 1 }
            guard end > start else { continue }
            return make(sentence, start, end - 1, cue: sentence.original(tokens: index, start - 1))
        }
        return nil
    }

    // MARK: 2 and 3. Reporting verbs

    private func reportingVerbSource(_ sentence: ClaimSentence) -> Attribution? {
        let tokens = sentence.tokens
        // Found only once a reporting verb is: most sentences have none.
        var quotes: QuoteSpans?
        var index = 0
        while index < tokens.count {
            let phraseCount = reportingPhrases.match(tokens, at: index)
            guard
                phraseCount != nil
                    || (tokens[index].isWord && tokens[index].id >= 0 && reportingVerbs.contains(tokens[index]))
            else {
                index += 1
                continue
            }
            // A reporting verb inside a quotation belongs to the quoted speaker's words.
            if quotes == nil { quotes = QuoteSpans(sentence.text.scalars, sentence.range) }
            if quotes?.span(containing: tokens[index].start) != nil {
                index += 1
                continue
            }
            let verbEnd = index + (phraseCount ?? 1) - 1
            // The verb with its auxiliaries and adverbs before it: `a également répété`.
            var cueStart = index
            while cueStart > 0 {
                let previous = tokens[cueStart - 1]
                if auxiliaries.contains(previous) || isAdverb(tokens, cueStart - 1) {
                    cueStart -= 1
                } else {
                    break
                }
            }
            // A French past participle reports only with its auxiliary (`a révélé`), not as an adjective
            // (`un vent soutenu`, `les cas prévus`).
            if language == .french, phraseCount == nil, Self.isParticiple(tokens[index].folded),
                !tokens[cueStart..<index].contains(where: { auxiliaries.contains($0) })
            {
                index += 1
                continue
            }
            if let attribution = inverted(sentence, cueStart: cueStart, verbEnd: verbEnd)
                ?? subjectFirst(sentence, cueStart: cueStart, verbEnd: verbEnd)
            {
                return attribution
            }
            index = verbEnd + 1
        }
        return nil
    }

    /// `«…», a déclaré le porte-parole.` / `…, affirme Le Monde.` / `"…," said Smith.`
    private func inverted(_ sentence: ClaimSentence, cueStart: Int, verbEnd: Int) -> Attribution? {
        let tokens = sentence.tokens
        guard cueStart > 0 else { return nil }
        let before = tokens[cueStart - 1]
        guard before.shape == .punctuation, FixedWords.inversionMarks.contains(before) else { return nil }
        var start = verbEnd + 1
        var end = start
        while end < tokens.count, !sentence.isClauseBoundary(tokens[end]), tokens[end].folded != "." {
            // `…, a également répété que…`, `…, told Newsweek: "…"`: the subject comes first, not after.
            if complementizers.contains(tokens[end]) { return nil }
            end += 1
        }
        guard end > start, end - start <= 14 else { return nil }
        if end < tokens.count, FixedWords.quotationOpeners.contains(tokens[end]) { return nil }
        // Skip a leading circumstance (`à cette occasion`, `in a statement`) up to a capital or a determiner.
        while start < end, !(tokens[start].isCapitalised || inversionDeterminers.contains(tokens[start])) {
            start += 1
        }
        guard start < end else { return nil }
        // Stop before a time or place complement that follows the name (`l'OFAG jeudi dans un communiqué`).
        return make(sentence, start, end - 1, cue: sentence.original(tokens: cueStart, verbEnd))
    }

    /// `X a déclaré que…`, `X said…`, `X told Reuters:`, `…, the authors wrote.`
    private func subjectFirst(_ sentence: ClaimSentence, cueStart: Int, verbEnd: Int) -> Attribution? {
        let tokens = sentence.tokens
        let verb = tokens[verbEnd].folded
        // What follows the verb: a complementizer, a colon or a quotation (after at most a short object).
        var next = verbEnd + 1
        while next < tokens.count, let count = adverbs.match(tokens, at: next) { next += count }
        var hasComplement = false
        var probe = next
        while probe < tokens.count, probe <= next + 3 {
            let folded = tokens[probe].folded
            if complementizers.contains(tokens[probe]) || folded == ":"
                || ClaimSentence.quoteMarks.contains(tokens[probe])
            {
                hasComplement = true
                break
            }
            if tokens[probe].shape == .punctuation { break }
            probe += 1
        }
        let atEnd = next >= tokens.count || (next == tokens.count - 1 && tokens[next].shape == .punctuation)
        let bare = language == .english && bareReportingVerbs.contains(verb)
        // English also reports without `that` (`Cernich claimed the council…`) after a named or pronoun subject.
        let bareAfterName =
            language == .english && cueStart > 0 && !verb.hasSuffix("ing")
            && (tokens[cueStart - 1].isCapitalised || subjectPronouns.contains(tokens[cueStart - 1])
                || vagueSources.contains(tokens[cueStart - 1]))
        guard hasComplement || bare || atEnd || bareAfterName else { return nil }

        // The subject: from the clause start to the verb group.
        guard cueStart > 0 else { return nil }
        var start = cueStart - 1
        while start >= 0, !isSubjectBoundary(tokens[start]) { start -= 1 }
        start += 1
        var subjectStart = start
        var subjectEnd = cueStart - 1
        // `Ismaël Emelien, a répété que`: nothing between the comma and the verb, take the segment before.
        // A comma that opens the sentence has no segment before it.
        if subjectEnd < subjectStart, subjectStart >= 2, tokens[subjectStart - 1].folded == "," {
            subjectEnd = subjectStart - 2
            subjectStart = subjectEnd
            while subjectStart > 0, !isSubjectBoundary(tokens[subjectStart - 1]) { subjectStart -= 1 }
        }
        guard subjectEnd >= subjectStart else { return nil }
        // Leading adverbial words (`Dans le même temps,` is cut by the comma; `Meanwhile` too).
        let words = tokens[subjectStart...subjectEnd].filter { $0.shape != .punctuation }
        guard !words.isEmpty, words.count <= 12 else { return nil }
        let first = tokens[subjectStart]
        let startsLikeSubject =
            first.isCapitalised || pronounSources.contains(first) || inversionDeterminers.contains(first)
            || anonymousDeterminers.contains(first) || numberWords.contains(first)
            || words.count <= 5 && words.contains(where: \.isCapitalised)
        guard startsLikeSubject else {
            // `Ian Hamilton, an expert … who did not work on the study, told Newsweek:` → the name that opens
            // the sentence.
            return openingName(sentence, before: subjectStart, cue: sentence.original(tokens: cueStart, verbEnd))
        }
        // A subject holds no verb of its own; a quick check: no complementizer or second reporting verb inside.
        if tokens[subjectStart...subjectEnd].contains(where: { complementizers.contains($0) }) { return nil }
        // Apposition: `M. Dupont, le PDG de l'entreprise, a déclaré` → the name before the comma.
        if inversionDeterminers.contains(first), subjectStart >= 2, tokens[subjectStart - 1].folded == "," {
            var nameStart = subjectStart - 2
            while nameStart > 0, tokens[nameStart - 1].isCapitalised || tokens[nameStart - 1].folded == "." {
                nameStart -= 1
            }
            if tokens[nameStart...(subjectStart - 2)].allSatisfy({ $0.isCapitalised || $0.folded == "." }),
                nameStart == 0 || isSubjectBoundary(tokens[nameStart - 1])
            {
                return make(sentence, nameStart, subjectStart - 2, cue: sentence.original(tokens: cueStart, verbEnd))
            }
        }
        return make(sentence, subjectStart, subjectEnd, cue: sentence.original(tokens: cueStart, verbEnd))
    }

    /// The capitalised name (at most four words) that opens the sentence and is followed by a comma.
    private func openingName(_ sentence: ClaimSentence, before limit: Int, cue: String) -> Attribution? {
        let tokens = sentence.tokens
        guard let comma = tokens.firstIndex(where: { $0.folded == "," }), comma > 0, comma < limit, comma <= 5 else {
            return nil
        }
        guard tokens[0..<comma].allSatisfy({ $0.isCapitalised || $0.folded == "." }) else { return nil }
        return make(sentence, 0, comma - 1, cue: cue)
    }

    static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("é") || word.hasSuffix("ée") || word.hasSuffix("és") || word.hasSuffix("ées")
            || [
                "dit", "dits", "dite", "écrit", "écrite", "reconnu", "reconnue", "soutenu", "soutenue", "prévenu",
                "répondu",
                "admis", "promis", "prédit", "prévu", "prévue", "conclu", "prétendu", "averti", "démenti", "cru",
            ].contains(word)
    }

    // MARK: 6. Impersonal

    private func impersonalSource(_ sentence: ClaimSentence) -> Attribution? {
        let tokens = sentence.tokens
        for index in tokens.indices {
            guard let count = impersonal.match(tokens, at: index) else { continue }
            let cue = sentence.original(tokens: index, index + count - 1)
            let isSources = tokens[index].folded == "sources"
            return Attribution(
                source: isSources ? tokens[index].folded : "", start: tokens[index].start,
                end: tokens[index + count - 1].end, cue: cue, type: isSources ? .vague : .anonymous)
        }
        return nil
    }

    // MARK: Helpers

    private func isSubjectBoundary(_ token: Token) -> Bool {
        token.shape == .punctuation
            && FixedWords.subjectBoundaryMarks.contains(token)
            || complementizers.contains(token)
    }

    private func isAdverb(_ tokens: [Token], _ index: Int) -> Bool {
        // Multi-word adverbs (`par ailleurs`) end at `index`.
        for start in stride(from: index, through: max(0, index - 2), by: -1) {
            if let count = adverbs.match(tokens, at: start), start + count - 1 == index { return true }
        }
        return false
    }

    private func make(_ sentence: ClaimSentence, _ first: Int, _ last: Int, cue: String) -> Attribution {
        var first = first
        var last = last
        let tokens = sentence.tokens
        while first < last, tokens[first].shape == .punctuation, tokens[first].folded != "(" { first += 1 }
        while last > first, tokens[last].shape == .punctuation, tokens[last].folded != ")" { last -= 1 }
        let source = sentence.original(tokens: first, last)
        return Attribution(
            source: source, start: tokens[first].start, end: tokens[last].end, cue: cue,
            type: type(of: Array(tokens[first...last])))
    }

    /// pronoun, vague (an unnamed group), anonymous (an indefinite source) or named.
    private func type(of tokens: [Token]) -> Attribution.SourceType {
        let words = tokens.filter(\.isWord)
        guard let first = words.first else { return .anonymous }
        if words.count == 1, pronounSources.contains(first) { return .pronoun }
        if words.count <= 2, pronouns.contains(first), words.count == 1 || FixedWords.yeux.contains(words[1]) {
            return .pronoun
        }
        let capitalisedInside = words.dropFirst().contains { $0.isCapitalised }
        if anonymousDeterminers.contains(first) || numberWords.contains(first) {
            if !capitalisedInside, words.contains(where: { vagueSources.contains($0) }), first.folded == "des" {
                return .vague
            }
            return .anonymous
        }
        if !capitalisedInside, !first.isAllCaps, words.contains(where: { vagueSources.contains($0) }),
            !inversionDeterminers.contains(first) || first.folded == "des" || first.folded == "les"
        {
            return .vague
        }
        return .named
    }
}
