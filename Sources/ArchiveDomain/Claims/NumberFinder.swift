/// Finds numbers with their value, unit and kind (claims spec §9): `3,5 %`, `850 euros`, `$1,472.19`,
/// `30 000`, `1,3 million`, `1er`, `1h30`, `2019`.
struct NumberFinder {
    private let language: Language
    private let approxBefore: PhraseSet
    private let rankBefore: WordSet
    private let months: WordSet
    private let weekdays: WordSet
    private let timeWords: WordSet

    init(lexicon: Lexicon) {
        language = lexicon.language
        approxBefore = lexicon.phrases("approx_before")
        rankBefore = WordSet(lexicon.words("rank_before"))
        months = WordSet(
            lexicon.words("months").union(Lexicon.english.words("months")).union(Lexicon.french.words("months")))
        weekdays = WordSet(lexicon.words("weekdays"))
        timeWords = WordSet(lexicon.words("time_words"))
    }

    // Units and suffixes are kept as code-point arrays, compared in place with the shadow: counting a
    // string's code points for every candidate at every number cost more than the comparisons.
    private static let spacedUnits: [(text: [Unicode.Scalar], unit: String, kind: String, isWord: Bool)] = [
        ("pour cent", "%", "percent"), ("per cent", "%", "percent"), ("percent", "%", "percent"), ("%", "%", "percent"),
        ("points", "point", "count"), ("point", "point", "count"), ("md€", "EUR", "money"), ("m€", "EUR", "money"),
        ("k€", "EUR", "money"), ("€", "EUR", "money"), ("euros", "EUR", "money"), ("euro", "EUR", "money"),
        ("dollars", "USD", "money"), ("dollar", "USD", "money"), ("$", "USD", "money"), ("£", "GBP", "money"),
        ("livres", "GBP", "money"), ("milliards", "milliard", "count"), ("milliard", "milliard", "count"),
        ("millions", "million", "count"), ("million", "million", "count"), ("billions", "billion", "count"),
        ("billion", "billion", "count"), ("trillions", "trillion", "count"), ("trillion", "trillion", "count"),
        ("mds", "milliard", "count"), ("md", "milliard", "count"),
    ].map { (Array($0.0.unicodeScalars), $0.1, $0.2, $0.0.unicodeScalars.first!.properties.isAlphabetic) }
    private static let gluedUnits: [(text: [Unicode.Scalar], unit: String)] = [("bn", "billion"), ("m", "million")]
        .map { (Array($0.0.unicodeScalars), $0.1) }
    private static let ordinalSuffixes = ["ème", "eme", "er", "re", "nd", "rd", "th", "st", "e"].map {
        Array($0.unicodeScalars)
    }
    private static let currencyPrefixes = [" d'", " de ", " "].map { Array($0.unicodeScalars) }
    private static let currencyWords: [(text: [Unicode.Scalar], unit: String)] = [
        ("euros", "EUR"), ("dollars", "USD"), ("€", "EUR"), ("livres", "GBP"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    private static let multipliers: [String: Double] = [
        "million": 1e6, "milliard": 1e9, "billion": 1e9, "trillion": 1e12,
    ]

    func find(_ sentence: ClaimSentence) -> [NumberMention] {
        let shadow = sentence.text.shadow
        let range = sentence.range
        var result: [NumberMention] = []
        var index = range.lowerBound
        while index < range.upperBound {
            guard ShadowText.isDigit(shadow[index]) else {
                index += 1
                continue
            }
            var start = index
            if index > range.lowerBound {
                let previous = shadow[index - 1]
                if ShadowText.isLetter(previous) || ShadowText.isDigit(previous) || previous == "."
                    || previous == "," || previous == ":" || previous == "_" || previous == "/"
                    || (previous == "-" && index - 2 >= range.lowerBound && ShadowText.isLetter(shadow[index - 2]))
                {
                    index = skipDigits(shadow, index, range)
                    continue
                }
            }
            var end = scanNumber(shadow, index, range)
            let digitsEnd = end
            // Followed by a digit or `:` (a time like 09:01, an id): not a number of the text.
            if end < range.upperBound, shadow[end] == ":" || ShadowText.isDigit(shadow[end]) {
                index = skipDigits(shadow, end, range)
                continue
            }
            // `10-year`, `four-year`: part of a compound adjective naming a thing.
            if end + 1 < range.upperBound, shadow[end] == "-", ShadowText.isLetter(shadow[end + 1]) {
                index = end
                continue
            }
            var currency: String?
            if start > range.lowerBound, ["$", "€", "£"].contains(shadow[start - 1]) {
                start -= 1
                currency = shadow[start] == "$" ? "USD" : shadow[start] == "€" ? "EUR" : "GBP"
            }
            var kind = "count"
            var unit: String? = currency
            if currency != nil { kind = "money" }
            // Fractions: `7/32`.
            if end + 1 < range.upperBound, shadow[end] == "/", ShadowText.isDigit(shadow[end + 1]) {
                let fractionEnd = scanNumber(shadow, end + 1, range)
                if fractionEnd < range.upperBound, shadow[fractionEnd] == "/" {
                    kind = "date"
                    end = scanNumber(shadow, fractionEnd + 1, range)
                } else {
                    end = fractionEnd
                }
            } else if let suffixEnd = ordinalSuffix(shadow, end, range) {
                end = suffixEnd
                kind = "ordinal"
            } else if end < range.upperBound, shadow[end] == "h",
                end + 1 >= range.upperBound || !ShadowText.isLetter(shadow[end + 1])
            {
                end += 1
                while end < range.upperBound, ShadowText.isDigit(shadow[end]) { end += 1 }
                kind = "time"
            } else if let (unitEnd, unitName, unitKind) = unitAfter(shadow, end, range) {
                end = unitEnd
                unit = unit ?? unitName
                if kind != "money" { kind = unitKind }
                if unitKind == "count", end < range.upperBound,
                    let (moneyEnd, moneyUnit, _) = currencyAfter(shadow, end, range)
                {
                    end = moneyEnd
                    unit = moneyUnit
                    kind = "money"
                }
            }
            let digits = sentence.text.shadowText(index..<digitsEnd)
            var value = parseValue(digits)
            if let unit, let multiplier = Self.multipliers[unit], let base = value { value = base * multiplier }
            let tokenIndex = sentence.tokens.firstIndex { $0.start >= start } ?? 0
            if kind == "count", unit == nil {
                kind = contextualKind(sentence, tokenIndex: tokenIndex, digits: digits, value: value)
                if kind == "name" {
                    index = end
                    continue
                }
            }
            let approx = isApproximate(sentence, tokenIndex: tokenIndex)
            result.append(
                NumberMention(
                    text: sentence.text.text(start..<end), start: start, end: end, value: value, unit: unit, kind: kind,
                    approx: approx))
            index = end
        }
        return result
    }

    /// Year, date, time, rank, or a number that is part of a name (`STOXX 600`, `Radio 4`).
    private func contextualKind(_ sentence: ClaimSentence, tokenIndex: Int, digits: String, value: Double?) -> String {
        let tokens = sentence.tokens
        let previous = tokenIndex > 0 ? tokens[tokenIndex - 1] : nil
        let next = tokenIndex + 1 < tokens.count ? tokens[tokenIndex + 1] : nil
        if let previous, rankBefore.contains(previous) || previous.folded == "°" { return "rank" }
        if let value, value == value.rounded(), !digits.contains(where: { $0 == "," || $0 == "." || $0 == " " }) {
            if (1900...2100).contains(value), digits.count == 4 { return "year" }
            if (1...31).contains(value) {
                if let next, months.contains(next) { return "date" }
                if let previous, months.contains(previous) { return "date" }
                if tokenIndex >= 2, previous?.folded == ".", months.contains(tokens[tokenIndex - 2]) {
                    return "date"
                }
            }
            if let next, timeWords.contains(next) || next.folded == "heures" { return "time" }
        }
        if let previous, previous.isWord, previous.isCapitalised, tokenIndex > 1, !months.contains(previous),
            !weekdays.contains(previous)
        {
            return "name"
        }
        return "count"
    }

    private func isApproximate(_ sentence: ClaimSentence, tokenIndex: Int) -> Bool {
        for length in 1...3 where tokenIndex - length >= 0 {
            if let count = approxBefore.match(sentence.tokens, at: tokenIndex - length), count == length { return true }
        }
        return false
    }

    private func scanNumber(_ shadow: [Unicode.Scalar], _ start: Int, _ range: Range<Int>) -> Int {
        var end = start
        while end < range.upperBound, ShadowText.isDigit(shadow[end]) { end += 1 }
        // Thousands separated by spaces: `30 000`, `1 234 567,5` (a group of 1–3 digits, then groups of 3).
        if end - start <= 3 {
            while end + 3 < range.upperBound, shadow[end] == " ",
                (1...3).allSatisfy({ ShadowText.isDigit(shadow[end + $0]) }),
                end + 4 == range.upperBound || !ShadowText.isDigit(shadow[end + 4])
            {
                end += 4
            }
        }
        // Decimal and grouping marks: `3,5`, `1,472.19`, `27,934.02`.
        while end + 1 < range.upperBound, shadow[end] == "." || shadow[end] == ",",
            ShadowText.isDigit(shadow[end + 1])
        {
            end += 1
            while end < range.upperBound, ShadowText.isDigit(shadow[end]) { end += 1 }
        }
        return end
    }

    private func skipDigits(_ shadow: [Unicode.Scalar], _ start: Int, _ range: Range<Int>) -> Int {
        var end = start
        while end < range.upperBound,
            ShadowText.isDigit(shadow[end]) || ShadowText.isLetter(shadow[end]) || shadow[end] == ":"
                || ((shadow[end] == "." || shadow[end] == ",") && end + 1 < range.upperBound
                    && ShadowText.isDigit(shadow[end + 1]))
        {
            end += 1
        }
        return max(end, start + 1)
    }

    private func ordinalSuffix(_ shadow: [Unicode.Scalar], _ end: Int, _ range: Range<Int>) -> Int? {
        for suffix in Self.ordinalSuffixes {
            let count = suffix.count
            guard end + count <= range.upperBound else { continue }
            if Self.hasScalars(shadow, at: end, suffix),
                end + count == range.upperBound || !ShadowText.isLetter(shadow[end + count])
            {
                return end + count
            }
        }
        return nil
    }

    private func unitAfter(_ shadow: [Unicode.Scalar], _ end: Int, _ range: Range<Int>) -> (Int, String, String)? {
        for glued in Self.gluedUnits {
            let count = glued.text.count
            if end + count <= range.upperBound, Self.hasScalars(shadow, at: end, glued.text),
                end + count == range.upperBound || !ShadowText.isLetter(shadow[end + count])
            {
                return (end + count, glued.unit, "count")
            }
        }
        var start = end
        if start < range.upperBound, shadow[start] == " " { start += 1 }
        for candidate in Self.spacedUnits {
            let count = candidate.text.count
            guard start + count <= range.upperBound, Self.hasScalars(shadow, at: start, candidate.text) else {
                continue
            }
            let after = start + count
            if candidate.isWord, after < range.upperBound,
                ShadowText.isLetter(shadow[after])
            {
                continue
            }
            return (after, candidate.unit, candidate.kind)
        }
        return nil
    }

    /// `1,3 milliard d'euros`, `2 millions de dollars`.
    private func currencyAfter(_ shadow: [Unicode.Scalar], _ end: Int, _ range: Range<Int>) -> (Int, String, String)? {
        for prefix in Self.currencyPrefixes {
            let count = prefix.count
            guard end + count <= range.upperBound, Self.hasScalars(shadow, at: end, prefix) else {
                continue
            }
            for (word, unit) in Self.currencyWords {
                let wordCount = word.count
                let start = end + count
                if start + wordCount <= range.upperBound, Self.hasScalars(shadow, at: start, word) {
                    return (start + wordCount, unit, "money")
                }
            }
        }
        return nil
    }

    /// Whether the code points of `text` stand at `start` (the caller checked there is room): compares code
    /// points in place instead of building a string for every candidate unit.
    private static func hasScalars(_ shadow: [Unicode.Scalar], at start: Int, _ text: [Unicode.Scalar]) -> Bool {
        for offset in text.indices where shadow[start + offset] != text[offset] { return false }
        return true
    }

    /// `digits` holds ASCII digits, spaces, `.` and `,` only (see `scanNumber`), so bytes are enough.
    private func parseValue(_ digits: String) -> Double? {
        let dot = UInt8(ascii: ".")
        let comma = UInt8(ascii: ",")
        var text = digits.utf8.filter { $0 != UInt8(ascii: " ") }
        if language == .french {
            // `1.234.567` groups thousands; `3,5` is a decimal.
            var groups = 0
            var inGroup = false
            for byte in text {
                if byte == dot {
                    inGroup = false
                } else if !inGroup {
                    groups += 1
                    inGroup = true
                }
            }
            if groups > 2 || (text.contains(dot) && text.contains(comma)) { text.removeAll { $0 == dot } }
            for index in text.indices where text[index] == comma { text[index] = dot }
        } else {
            text.removeAll { $0 == comma }
        }
        return Double(String(decoding: text, as: UTF8.self))
    }
}
