/// Splits text into sentences (claims spec §3). Every `\n` is a hard boundary. Within a line, a run of
/// `. ! ? …` followed by optional closers, white space and a next character ends a sentence, unless the next
/// character is lower case, the period ends a known abbreviation or an initial, or the run sits inside a
/// quotation that the sentence goes on after (`« Non. Jamais ! », a-t-il dit.`). Ranges are code-point
/// offsets, half-open, trimmed of white space.
public struct SentenceSegmenter: Sendable {
    private let abbreviations: Set<String>
    private let finalAbbreviations: Set<String>
    private let starters: Set<String>

    public init(language: Language) {
        let lexicon = Lexicon.forLanguage(language)
        // Abbreviations of both languages: articles quote each other's names and titles.
        abbreviations = Lexicon.french.words("abbreviations").union(Lexicon.english.words("abbreviations"))
        finalAbbreviations = lexicon.words("sentence_final_abbreviations")
        starters = lexicon.words("sentence_starters")
    }

    public func split(_ text: String) -> [Range<Int>] {
        split(ShadowText(text))
    }

    public func split(_ text: ShadowText) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var lineStart = 0
        for index in 0...text.count where index == text.count || text.scalars[index] == "\n" {
            splitLine(text, lineStart..<index, into: &ranges)
            lineStart = index + 1
        }
        return ranges
    }

    private func splitLine(_ text: ShadowText, _ line: Range<Int>, into ranges: inout [Range<Int>]) {
        let scalars = text.scalars
        let quotes = QuoteSpans(scalars, line)
        var sentenceStart = line.lowerBound
        if let leadStart = leadStart(text, line) {
            appendTrimmed(scalars, line.lowerBound..<leadStart, into: &ranges)
            sentenceStart = leadStart
        }
        var index = sentenceStart
        while index < line.upperBound {
            let scalar = scalars[index]
            guard Self.isTerminator(scalar) else {
                index += 1
                continue
            }
            var end = index
            while end < line.upperBound, Self.isTerminator(scalars[end]) { end += 1 }
            var afterClosers = end
            while afterClosers < line.upperBound {
                if Self.isCloser(scalars[afterClosers]) {
                    afterClosers += 1
                } else if Self.isLineSpace(scalars[afterClosers]), afterClosers + 1 < line.upperBound,
                    scalars[afterClosers + 1] == "»"
                {
                    afterClosers += 2
                } else {
                    break
                }
            }
            var next = afterClosers
            while next < line.upperBound, ShadowText.isSpace(scalars[next]) { next += 1 }
            let isBoundary: Bool
            if next >= line.upperBound {
                isBoundary = false
            } else if next == afterClosers {
                isBoundary = gluedBoundary(text, run: index..<end, next: next, line: line)
            } else {
                isBoundary = acceptsBoundary(text, run: index..<end, next: next, line: line, quotes: quotes)
            }
            if isBoundary {
                appendTrimmed(scalars, sentenceStart..<afterClosers, into: &ranges)
                sentenceStart = next
            }
            index = max(afterClosers, index + 1)
        }
        appendTrimmed(scalars, sentenceStart..<line.upperBound, into: &ranges)
    }

    private func acceptsBoundary(
        _ text: ShadowText, run: Range<Int>, next: Int, line: Range<Int>, quotes: QuoteSpans
    ) -> Bool {
        let scalars = text.scalars
        let nextScalar = scalars[next]
        let singlePeriod = run.count == 1 && scalars[run.lowerBound] == "."
        if ShadowText.isLower(nextScalar) {
            // News copy often writes `À` as `à` at the start of a sentence.
            guard singlePeriod, nextScalar == "à" || nextScalar == "a" && isWord("a", at: next, text) else {
                return false
            }
        }
        if singlePeriod {
            let word = wordBefore(text, run.lowerBound, line: line)
            if word.count == 1, let letter = word.unicodeScalars.first, ShadowText.isUpper(letter) {
                return false  // an initial: `J. Smith`
            }
            let folded = ShadowText.normalise(word)
            if abbreviations.contains(folded) || finalAbbreviations.contains(folded) {
                if ShadowText.isDigit(nextScalar) { return false }
                let canEnd = folded.contains(".") || finalAbbreviations.contains(folded)
                guard canEnd, starters.contains(nextWord(text, next, line: line)) else { return false }
            }
        }
        if let span = quotes.span(containing: run.lowerBound),
            continues(text, after: span.upperBound, line: line) || endsWithComma(scalars, span)
        {
            return false
        }
        return true
    }

    /// A period with no space after it still ends a sentence when a word of at least three letters (or a
    /// number) is followed by a capitalised word (`en 2019.Près de`), but not in `U.S.`, `.DJI` or `3.5`.
    private func gluedBoundary(_ text: ShadowText, run: Range<Int>, next: Int, line: Range<Int>) -> Bool {
        let scalars = text.scalars
        guard run.count == 1, scalars[run.lowerBound] == ".", next + 1 < line.upperBound,
            ShadowText.isUpper(scalars[next]), ShadowText.isLower(scalars[next + 1])
        else { return false }
        var start = run.lowerBound
        while start > line.lowerBound,
            ShadowText.isLower(scalars[start - 1]) || ShadowText.isDigit(scalars[start - 1])
        {
            start -= 1
        }
        guard run.lowerBound - start >= 3, start == line.lowerBound || scalars[start - 1] == " " else { return false }
        return !abbreviations.contains(text.shadowText(start..<run.lowerBound))
    }

    /// Where the lead sentence starts when a line begins with something glued to it: a dateline
    /// (`NEW YORK (Reuters) - Stocks…`), a rubric in lower case (`gros temps La nouvelle…`) or a rubric glued
    /// without a space (`AgricultureL'Office…`). Nil when the line starts normally.
    private func leadStart(_ text: ShadowText, _ line: Range<Int>) -> Int? {
        let scalars = text.scalars
        guard let first = line.first.map({ scalars[$0] }) else { return nil }
        let limit = min(line.upperBound, line.lowerBound + 60)
        // Dateline: upper-case words, an upper-case credit in parentheses, a dash.
        if ShadowText.isUpper(first) {
            var index = line.lowerBound
            while index < limit, ShadowText.isUpper(scalars[index]) || " ,.'".unicodeScalars.contains(scalars[index]) {
                index += 1
            }
            if index < limit, scalars[index] == "(", index - line.lowerBound >= 3 {
                var close = index + 1
                while close < limit, scalars[close] != ")" { close += 1 }
                var dash = close + 1
                while dash < limit, scalars[dash] == " " { dash += 1 }
                if dash < limit, "-—–".unicodeScalars.contains(scalars[dash]) {
                    var next = dash + 1
                    while next < line.upperBound, ShadowText.isSpace(scalars[next]) { next += 1 }
                    if next < line.upperBound, ShadowText.isUpper(scalars[next]) { return next }
                }
            }
            // Rubric glued to the first word: `AgricultureL'Office` (six lower-case letters, then a capital
            // starting a word of at least two more lower-case letters or an elision).
            var glueEnd = line.lowerBound + 1
            while glueEnd < limit, ShadowText.isLower(scalars[glueEnd]) { glueEnd += 1 }
            if glueEnd - line.lowerBound >= 7, glueEnd + 2 < line.upperBound, ShadowText.isUpper(scalars[glueEnd]),
                scalars[glueEnd + 1] == "'" || scalars[glueEnd + 1] == "’"
                    || ShadowText.isLower(scalars[glueEnd + 1]) && ShadowText.isLower(scalars[glueEnd + 2])
            {
                return glueEnd
            }
            return nil
        }
        // A line starting in lower case: a rubric of one to three words before the capitalised lead.
        guard ShadowText.isLower(first) else { return nil }
        var words = 1
        var index = line.lowerBound
        while index < limit {
            if scalars[index] == " " {
                let next = index + 1
                if next < line.upperBound, ShadowText.isUpper(scalars[next]) {
                    return words <= 3 ? next : nil
                }
                words += 1
            } else if !(ShadowText.isLetter(scalars[index]) || scalars[index] == "-" || scalars[index] == "'") {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// After a quotation closes, the sentence goes on when a comma, semicolon, colon, dash + lower case or a
    /// lower-case word follows (`», a-t-il affirmé`, `" she said`).
    private func continues(_ text: ShadowText, after close: Int, line: Range<Int>) -> Bool {
        let scalars = text.scalars
        var index = close
        while index < line.upperBound, ShadowText.isSpace(scalars[index]) { index += 1 }
        guard index < line.upperBound else { return false }
        let scalar = scalars[index]
        if scalar == "," || scalar == ";" || scalar == ":" { return true }
        if scalar == "-" || scalar == "—" || scalar == "–" {
            var after = index + 1
            while after < line.upperBound, ShadowText.isSpace(scalars[after]) { after += 1 }
            return after < line.upperBound && ShadowText.isLower(scalars[after])
        }
        return ShadowText.isLower(scalar)
    }

    /// `"…decisions," Martins said`: a quotation closed on a comma leads into its reporting clause.
    private func endsWithComma(_ scalars: [Unicode.Scalar], _ span: Range<Int>) -> Bool {
        var index = span.upperBound - 2
        while index > span.lowerBound, ShadowText.isSpace(scalars[index]) { index -= 1 }
        return index > span.lowerBound && scalars[index] == ","
    }

    /// The word right before `index` (letters, inner `.` and `-`), as written.
    private func wordBefore(_ text: ShadowText, _ index: Int, line: Range<Int>) -> String {
        let scalars = text.scalars
        var start = index
        while start > line.lowerBound {
            let previous = scalars[start - 1]
            if ShadowText.isLetter(previous) || previous == "-" {
                start -= 1
            } else if previous == ".", start - 2 >= line.lowerBound, ShadowText.isLetter(scalars[start - 2]) {
                start -= 1
            } else {
                break
            }
        }
        return text.text(start..<index)
    }

    private func nextWord(_ text: ShadowText, _ index: Int, line: Range<Int>) -> String {
        var end = index
        while end < line.upperBound, ShadowText.isLetter(text.shadow[end]) { end += 1 }
        if end < line.upperBound, text.shadow[end] == "'" { end += 1 }
        return text.shadowText(index..<end)
    }

    private func isWord(_ word: String, at index: Int, _ text: ShadowText) -> Bool {
        let count = word.unicodeScalars.count
        guard index + count <= text.count else { return false }
        return text.shadowText(index..<(index + count)) == word
            && (index + count == text.count || !ShadowText.isLetter(text.shadow[index + count]))
    }

    private func appendTrimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ShadowText.isSpace(scalars[lower]) { lower += 1 }
        while upper > lower, ShadowText.isSpace(scalars[upper - 1]) { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }

    // Switches rather than `Set<Unicode.Scalar>`: these run on every code point, and hashing dominated.
    @inline(__always) private static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "…": true
        default: false
        }
    }

    @inline(__always) private static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "»", "”", "\"", "'", "’", ")", "]": true
        default: false
        }
    }

    @inline(__always) private static func isLineSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\u{00A0}", "\u{202F}": true
        default: false
        }
    }
}
