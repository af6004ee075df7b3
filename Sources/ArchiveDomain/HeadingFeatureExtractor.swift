/// Lists the `HeadingFeature`s of each body line of one article: the line's own shape, its neighbours', and two
/// facts about the whole article. Mirrors `line_features` in `scripts/heading_features.py`.
struct HeadingFeatureExtractor: Sendable {
    private let lines: [LineShape]
    private let shortShare: Double
    private let articleMarksHeadings: Bool
    /// How many lines that are not running text start each way (see `startKey`).
    private let startCounts: [String: Int]
    /// For each short line, the length of the run of consecutive short lines it belongs to; 0 for other lines.
    private let shortRuns: [Int]

    init(lines: [String]) {
        self.lines = lines.map(LineShape.init)
        shortShare =
            self.lines.isEmpty ? 0 : Double(self.lines.count(where: \.isShort)) / Double(self.lines.count)
        articleMarksHeadings = self.lines.contains(where: \.isDashWrapped)
        var startCounts: [String: Int] = [:]
        for line in self.lines where !line.isParagraph {
            startCounts[Self.startKey(line), default: 0] += 1
        }
        self.startCounts = startCounts
        // Counted once per run rather than per line, so a page of thousands of list items stays linear.
        var shortRuns = [Int](repeating: 0, count: self.lines.count)
        var runStart = 0
        for index in 0...self.lines.count {
            if index < self.lines.count, self.lines[index].isShort { continue }
            for member in runStart..<index { shortRuns[member] = index - runStart }
            runStart = index + 1
        }
        self.shortRuns = shortRuns
    }

    var count: Int { lines.count }

    func features(at index: Int) -> [HeadingFeature] {
        let line = lines[index]
        guard let first = line.first, let last = line.last else { return [.bias, .noLetters] }
        let previous = index > 0 ? lines[index - 1] : nil
        let next = index + 1 < lines.count ? lines[index + 1] : nil
        let words = line.wordCount

        let dashWrapped = line.isDashWrapped
        let wholeQuote = LineShape.isOpeningQuote(first) && LineShape.isClosingQuote(last)
        let allCaps = line.letterCount >= 2 && line.uppercaseLetterCount == line.letterCount
        let titleCase = line.longWordCount >= 2 && line.capitalisedLongWordCount * 10 >= line.longWordCount * 7
        let numbered = line.isNumbered
        let listBullet =
            (Self.isListBullet(first) || (LineShape.isDash(first) && line.second.map(LineShape.isSpace) == true))
            && !dashWrapped
        let arrow = Self.isArrow(first)
        let endsQuestion = last == "?" || (LineShape.isClosingQuote(last) && line.secondToLast == "?")
        let isolated = isIsolated(index)

        var features: [HeadingFeature] = [.bias]
        func add(_ feature: HeadingFeature, _ condition: Bool) {
            if condition { features.append(feature) }
        }
        add(.oneWord, words == 1)
        add(.twoOrThreeWords, (2...3).contains(words))
        add(.fourToEightWords, (4...8).contains(words))
        add(.nineToTwelveWords, (9...12).contains(words))
        add(.thirteenToTwentyWords, (13...20).contains(words))
        add(.endsSentence, (last == "." || last == ";" || last == ",") && !dashWrapped)
        add(.endsColon, last == ":")
        add(.endsQuestion, endsQuestion)
        add(.endsExclamation, last == "!")
        add(.wholeQuote, wholeQuote)
        add(.endsQuoteOnly, LineShape.isClosingQuote(last) && !wholeQuote)
        add(.dashWrapped, dashWrapped)
        add(.listBullet, listBullet)
        add(.arrow, arrow)
        add(.numbered, numbered)
        add(.startsDigit, LineShape.isDigit(first) && !numbered)
        add(.startsLowercase, line.firstLetterIsLowercase == true)
        add(
            .startsOther,
            !LineShape.isAlphanumeric(first)
                && !LineShape.isOpeningQuote(first) && !dashWrapped
                && !listBullet && !arrow)
        add(.allCaps, allCaps)
        add(.titleCase, titleCase)
        add(.credit, line.isCredit)
        add(.link, line.isLink)
        add(.labelColon, line.hasLabelColon)
        add(.manyCommas, line.commaCount >= 2)
        add(.firstBodyLine, index == 0)
        add(.nearEnd, index >= lines.count - 3)
        add(.nextLong, (next?.wordCount ?? 0) >= 25)
        add(.nextLowercase, next?.firstLetterIsLowercase == true)
        add(.prevShort, previous?.isShort == true)
        add(.nextShort, next?.isShort == true)
        add(.inShortRun, shortRuns[index] >= 3)
        add(.sharesFirstWord, previous?.firstWord == line.firstWord || next?.firstWord == line.firstWord)
        add(.isolated, isolated)
        add(.isolatedQuestion, isolated && endsQuestion)
        add(.isolatedQuote, isolated && wholeQuote)
        add(.isolatedNumbered, isolated && numbered)
        add(.isolatedBullet, isolated && (listBullet || arrow))
        add(.isolatedTitleCase, isolated && titleCase)
        add(.isolatedCaps, isolated && allCaps)
        add(.articleMarksHeadings, articleMarksHeadings && !dashWrapped)
        add(.shortShareHigh, shortShare >= 0.4)
        add(.questionPrefix, line.hasQuestionPrefix)
        add(.shortLabel, last == ":" && words <= 4)
        add(.noLetters, line.letterCount == 0)
        add(.endsDigit, LineShape.isDigit(last))
        add(.prevEndsColon, previous?.last == ":")
        add(.dateLike, line.isDateLike)
        add(.parallel, hasParallel(index))
        return features
    }

    /// Lines that are never headings whatever their score: the last line (a heading introduces text), a line
    /// without letters, a line that is only a date. None of these is a heading in the 803 corpus articles.
    func isVetoed(at index: Int) -> Bool {
        let line = lines[index]
        return index == lines.count - 1 || line.letterCount == 0 || line.isDateOnly
    }

    /// A heading stands alone: running text (or the title) before it, running text after it.
    private func isIsolated(_ index: Int) -> Bool {
        guard lines[index].wordCount <= 20, index + 1 < lines.count, lines[index + 1].isParagraph else { return false }
        return index == 0 || lines[index - 1].isParagraph
    }

    /// Another line of the article, not a neighbour, starts the same way and is not running text either.
    private func hasParallel(_ index: Int) -> Bool {
        let line = lines[index]
        guard !line.isParagraph else { return false }
        let key = Self.startKey(line)
        let near = (max(0, index - 1)...min(lines.count - 1, index + 1)).count {
            !lines[$0].isParagraph && Self.startKey(lines[$0]) == key
        }
        return startCounts[key, default: 0] > near
    }

    /// How a line starts, for spotting parallel headings: its first word, or `#` for any number.
    private static func startKey(_ line: LineShape) -> String {
        line.isNumbered ? "#" : line.firstWord
    }

    private static func isListBullet(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "•", "·", "*", "▪", "●", "■", "◦": true
        default: false
        }
    }

    private static func isArrow(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "►", "▶", "▸", "→", "♦": true
        default: false
        }
    }
}
