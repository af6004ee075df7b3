/// Finds the people, organisations and places a claim names (claims spec §8): runs of capitalised words
/// (joined through `de`, `of`…), acronyms, gazetteer places and demonyms (`américains` → `États-Unis`), each
/// with a type and a canonical name for following it across articles.
struct ActorFinder {
    private let titles: WordSet
    private let connectors: WordSet
    private let functionWords: WordSet
    private let neverActors: WordSet
    private let orgKeywords: WordSet
    private let orgSuffixes: WordSet
    private let placeKeywords: WordSet
    private let concepts: WordSet
    private let demonyms: [String: String]
    /// The demonyms' words as an id table: every lower-case word is tested, few are demonyms.
    private let demonymWords: WordSet
    private let places: [String: String]
    private let reportingVerbs: WordSet
    private let institutionHeads: WordSet
    private let stopWords: WordSet

    init(lexicon: Lexicon) {
        institutionHeads = WordSet(lexicon.words("institution_heads"))
        stopWords = WordSet(
            lexicon.words("auxiliaries").union(lexicon.words("reporting_verbs")).union(lexicon.words("copulas"))
                .union(lexicon.words("function_capitalised")).union(["et", "ou", "and", "or", "qui", "que", "qu'"]))
        titles = WordSet(lexicon.words("titles"))
        connectors = WordSet(lexicon.words("connectors"))
        // Both languages' function words: English names appear in French copy and the other way round.
        functionWords = WordSet(lexicon.words("function_capitalised"))
        neverActors = WordSet(lexicon.words("never_actors"))
        orgKeywords = WordSet(lexicon.words("org_keywords"))
        orgSuffixes = WordSet(lexicon.words("org_suffixes"))
        placeKeywords = WordSet(lexicon.words("place_keywords"))
        concepts = WordSet(lexicon.words("concepts"))
        demonyms = lexicon.map("demonyms")
        demonymWords = WordSet(Set(demonyms.keys))
        places = lexicon.map("places")
        reportingVerbs = WordSet(lexicon.words("reporting_verbs"))
    }

    func find(_ sentence: ClaimSentence, context: ClaimContext) -> [Actor] {
        let tokens = sentence.tokens
        var actors: [Actor] = []
        // A sentence names a handful of actors: scanning them costs less than hashing into a set.
        func add(_ actor: Actor) {
            guard !actors.contains(where: { $0.norm == actor.norm }) else { return }
            actors.append(actor)
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.isWord else {
                index += 1
                continue
            }
            if !token.isCapitalised {
                if token.id >= 0, demonymWords.contains(token), let place = demonyms[token.folded] {
                    add(
                        Actor(
                            text: sentence.original(token.start..<token.end), start: token.start, end: token.end,
                            type: "place", norm: place))
                }
                index += 1
                continue
            }
            let (runEnd, lastToken) = capitalisedRun(tokens, from: index)
            var pieceStart = index
            if lastToken > index {
                for inner in (index + 1)...lastToken where titles.contains(tokens[inner]) && inner > pieceStart {
                    if let actor = actor(sentence, first: pieceStart, last: inner - 1, context: context) { add(actor) }
                    pieceStart = inner
                }
            }
            if let actor = actor(sentence, first: pieceStart, last: lastToken, context: context) { add(actor) }
            index = runEnd
        }
        return actors
    }

    /// The run of capitalised words starting at `start`: returns the index after it and its last token.
    private func capitalisedRun(_ tokens: [Token], from start: Int) -> (Int, Int) {
        var last = start
        var index = start + 1
        if tokens[start].folded.hasSuffix("'s") { return (index, start) }
        while index < tokens.count {
            let token = tokens[index]
            let adjacent = token.start == tokens[index - 1].end
            if token.isWord, token.isCapitalised,
                !adjacent || tokens[index - 1].folded == "." || tokens[index - 1].folded == "&"
                    || tokens[index - 1].folded.hasSuffix("'")
            {
                last = index
                index += 1
                if token.folded.hasSuffix("'s") { break }
                continue
            }
            // `U.S.`, `S.` (initials), `Inc.`: a dot glued to a capitalised letter or an org suffix.
            if token.folded == ".", adjacent, tokens[last].isCapitalised,
                tokens[last].folded.count == 1 || orgSuffixes.contains(tokens[last].folded + ".")
                    || orgSuffixes.contains(tokens[last])
            {
                if tokens[last].folded.count == 1 || index + 1 < tokens.count && tokens[index + 1].isCapitalised
                    || orgSuffixes.contains(tokens[last])
                {
                    last = index
                    index += 1
                    continue
                }
            }
            // `Covid-19`, `F-16`.
            if token.folded == "-", adjacent, index + 1 < tokens.count, tokens[index + 1].shape == .number,
                tokens[index + 1].start == token.end, last == index - 1
            {
                last = index + 1
                index += 2
                continue
            }
            // `PG&E`, `AT&T`.
            if token.folded == "&", adjacent, index + 1 < tokens.count, tokens[index + 1].start == token.end,
                tokens[index + 1].isCapitalised
            {
                index += 1
                continue
            }
            // `Banque de France`, `Department of Labor`.
            if token.isWord, connectors.contains(token), index + 1 < tokens.count {
                var next = index + 1
                if next < tokens.count, FixedWords.articlesBeforeName.contains(tokens[next]), token.folded != "la" {
                    next += 1
                }
                if next < tokens.count, tokens[next].isWord, tokens[next].isCapitalised,
                    !functionWords.contains(tokens[next])
                {
                    index = next
                    continue
                }
            }
            // `Commission européenne`, `Office fédéral de l'agriculture`, `Conseil des ministres`: an institution
            // or place head word takes one lower-case adjective and one complement.
            if last == start, institutionHeads.contains(tokens[start]), token.isWord, !token.isCapitalised,
                !connectors.contains(token), !stopWords.contains(token)
            {
                last = index
                index += 1
                if let (end, complementLast) = complement(tokens, from: index) {
                    last = complementLast
                    index = end
                }
                break
            }
            if last == start, institutionHeads.contains(tokens[start]),
                let (end, complementLast) = complement(tokens, from: index)
            {
                last = complementLast
                index = end
                break
            }
            // `STOXX 600`, `BBC Radio 4`.
            if token.shape == .number, !adjacent, index + 1 >= tokens.count || !tokens[index + 1].isWord || true,
                tokens[last].isAllCaps || tokens[last].isCapitalised, last == index - 1,
                token.folded.count <= 3
            {
                let isYear = token.folded.count == 4
                if !isYear {
                    last = index
                    index += 1
                    continue
                }
            }
            break
        }
        return (last + 1, last)
    }

    /// `de l'agriculture`, `des ministres`, `d'Ostrava`: a connector (with its article) and one word.
    private func complement(_ tokens: [Token], from index: Int) -> (Int, Int)? {
        guard index < tokens.count, FixedWords.frenchOf.contains(tokens[index]) else { return nil }
        var next = index + 1
        if next < tokens.count, FixedWords.frenchFeminineArticles.contains(tokens[next]) { next += 1 }
        guard next < tokens.count, tokens[next].isWord, !stopWords.contains(tokens[next]),
            !functionWords.contains(tokens[next])
        else { return nil }
        return (next + 1, next)
    }

    private func actor(_ sentence: ClaimSentence, first: Int, last: Int, context: ClaimContext) -> Actor? {
        let tokens = sentence.tokens
        var first = first
        var isPerson = false
        let atSentenceStart =
            first == 0
            || (first > 0 && tokens[first - 1].shape == .punctuation
                && FixedWords.openersBeforeName.contains(tokens[first - 1]) && first - 1 == 0)
            || (first > 0 && tokens[first - 1].shape == .punctuation
                && FixedWords.sentenceOpeners.contains(tokens[first - 1]))
        // Sentence-initial function words and titles, tested by id (what the word lists answer for the text).
        while first <= last {
            if titles.contains(tokens[first]) {
                isPerson = true
                first += 1
                if first <= last, tokens[first].folded == "." { first += 1 }
                if first <= last, connectors.contains(tokens[first]) {
                    isPerson = false
                    first += 1
                }
                continue
            }
            if tokens[first].id >= 0, functionWords.contains(tokens[first]) || neverActors.contains(tokens[first]) {
                first += 1
                continue
            }
            break
        }
        guard first <= last else { return nil }
        // `ministre de la Santé Olivier Véran`, `chef de l'État`: the first word names a portfolio, not an actor.
        if isPortfolio(tokens, first) {
            first += 1
            guard first <= last else { return nil }
            isPerson = true
        }
        // `Shares of Acme Corp.`: a sentence-initial common word joined to a name through a connector.
        if first == tokens.firstIndex(where: \.isWord), first + 1 < last, connectors.contains(tokens[first + 1]),
            !context.isKnownName(tokens[first].folded), places[tokens[first].folded] == nil
        {
            first += 2
            while first < last, connectors.contains(tokens[first]) { first += 1 }
        }
        var lastIndex = last
        while lastIndex > first, tokens[lastIndex].shape == .punctuation, tokens[lastIndex].folded != "." {
            lastIndex -= 1
        }
        // A trailing dot belongs to an abbreviation (`U.S.`, `Inc.`), not to a sentence end.
        if tokens[lastIndex].folded == ".", lastIndex == tokens.count - 1 || !isAbbreviationDot(tokens, lastIndex) {
            lastIndex -= 1
        }
        guard lastIndex >= first else { return nil }
        var end = tokens[lastIndex].end
        if tokens[lastIndex].folded.hasSuffix("'s") { end -= 2 }
        let start = tokens[first].start
        guard end > start else { return nil }
        let text = sentence.original(start..<end)
        // The shadow is the text folded code point by code point: what `ShadowText.normalise(text)` builds.
        let folded = sentence.text.shadowText(start..<end)
        let words = tokens[first...lastIndex].filter(\.isWord)
        if words.allSatisfy({ neverActors.contains($0) }) { return nil }
        let single = words.count == 1
        let isAcronym =
            single
            && (words[0].isAllCaps || text.unicodeScalars.dropFirst().contains { ShadowText.isUpper($0) }
                || Self.contains(text, "."))
        if let place = places[folded] {
            return Actor(text: text, start: start, end: end, type: "place", norm: place)
        }
        if single, let place = demonyms[folded] {
            return Actor(text: text, start: start, end: end, type: "place", norm: place)
        }
        if concepts.contains(folded) {
            return Actor(text: text, start: start, end: end, type: "concept", norm: text)
        }
        // A lone capitalised word at the start of a sentence may just be capitalised for that reason.
        if single, !isAcronym, first == 0 || atSentenceStart {
            guard context.isKnownName(folded) else { return nil }
        }
        if single, !isAcronym, words[0].folded.count < 2 { return nil }
        let type: String
        if isPerson {
            type = "person"
        } else if words.contains(where: { orgKeywords.contains($0) || orgSuffixes.contains($0) })
            || isAcronym
        {
            type = "org"
        } else if words.contains(where: { placeKeywords.contains($0) }) {
            type = "place"
        } else if lastIndex + 1 < tokens.count, reportingVerbs.contains(tokens[lastIndex + 1]), words.count <= 3 {
            type = "person"
        } else if (2...3).contains(words.count), !Self.contains(text, " de "), !Self.contains(text, " of ") {
            type = "person"
        } else {
            type = "unknown"
        }
        return Actor(text: text, start: start, end: end, type: type, norm: text)
    }

    /// `text.contains(needle)` (Foundation's search), asked only when the ASCII needle's bytes occur in the
    /// text: nothing but those bytes can match an ASCII needle, and most names hold no `.` or ` de `.
    private static func contains(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        let occurs = text.withUTF8 { bytes in
            let length = needle.utf8CodeUnitCount
            guard bytes.count >= length else { return false }
            for start in 0...(bytes.count - length) {
                var offset = 0
                while offset < length, bytes[start + offset] == needle.utf8Start[offset] { offset += 1 }
                if offset == length { return true }
            }
            return false
        }
        return occurs && text.contains(needle.description)
    }

    private func isPortfolio(_ tokens: [Token], _ index: Int) -> Bool {
        var back = index - 1
        if back >= 0, FixedWords.frenchArticles.contains(tokens[back]) { back -= 1 }
        guard back >= 1, FixedWords.portfolioConnectors.contains(tokens[back]) else { return false }
        return titles.contains(tokens[back - 1])
    }

    private func isAbbreviationDot(_ tokens: [Token], _ index: Int) -> Bool {
        guard index > 0 else { return false }
        let previous = tokens[index - 1]
        return previous.end == tokens[index].start
            && (previous.folded.count == 1 || orgSuffixes.contains(previous)
                || orgSuffixes.contains(previous.folded + "."))
    }
}
