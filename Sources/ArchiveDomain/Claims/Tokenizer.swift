/// Splits a range of a `ShadowText` into tokens (claims spec §2): letter runs joined by inner `-` or `'`,
/// numbers with inner `.`/`,`, and single punctuation marks. A French elided clitic (`l'`, `d'`, `qu'`…) is
/// its own token so `l'explique` yields `l'` and `explique`.
public enum Tokenizer {
    static let clitics: Set<String> = [
        "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "presqu'",
    ]

    /// Every ASCII character as a string, and its vocabulary id: punctuation marks are a large share of the
    /// tokens, and building and looking up each one's string cost more than the rest of its token.
    private static let asciiMarks = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }
    /// Touched only when ids are assigned: the vocabulary is itself built from `words` (assigningIDs false) during
    /// its static set-up, and reading this first would start that set-up again from inside it.
    private static let asciiMarkIDs = asciiMarks.map(Vocabulary.id)

    /// The folded text of every token of `text`, for building the vocabulary (which tokens need ids).
    static func words(_ text: ShadowText) -> [String] {
        tokenize(text, 0..<text.count, assigningIDs: false).map(\.folded)
    }

    public static func tokenize(_ text: ShadowText, _ range: Range<Int>) -> [Token] {
        tokenize(text, range, assigningIDs: true)
    }

    /// Without `assigningIDs` (while the vocabulary itself is being built), every id stays -1.
    private static func tokenize(_ text: ShadowText, _ range: Range<Int>, assigningIDs: Bool) -> [Token] {
        let shadow = text.shadow
        var tokens: [Token] = []
        // Most tokens are a word and its space: one slot for every three code points rarely grows.
        tokens.reserveCapacity(range.count / 3 + 1)
        // Reused for every word: where each inner apostrophe of the current letter run ends a piece.
        var pieceEnds: [Int] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let scalar = shadow[index]
            if ShadowText.isLetter(scalar) {
                let start = index
                var segmentStart = index
                if !pieceEnds.isEmpty { pieceEnds.removeAll(keepingCapacity: true) }
                while index < end {
                    if ShadowText.isLetter(shadow[index])
                        || shadow[index].value >= 0x300 && shadow[index].properties.generalCategory == .nonspacingMark
                    {
                        index += 1
                    } else if shadow[index] == "-" || shadow[index] == "'", index + 1 < end,
                        ShadowText.isLetter(shadow[index + 1])
                    {
                        if shadow[index] == "'" {
                            pieceEnds.append(index + 1)
                            segmentStart = index + 1
                        }
                        index += 1
                    } else {
                        break
                    }
                }
                // A trailing apostrophe belongs to an elided word at the end (`jusqu'` before a quote).
                if index < end, shadow[index] == "'", clitics.contains(String.fromScalars(shadow[segmentStart...index]))
                {
                    index += 1
                }
                // Split elided clitics off; keep other apostrophes (English `don't`, `O'Brien`) inside the word.
                var pieceStart = start
                for pieceEnd in pieceEnds {
                    let candidate = String.fromScalars(shadow[pieceStart..<pieceEnd])
                    if clitics.contains(candidate) {
                        tokens.append(makeWord(text, pieceStart..<pieceEnd, assigningID: assigningIDs))
                        pieceStart = pieceEnd
                    }
                }
                tokens.append(makeWord(text, pieceStart..<index, assigningID: assigningIDs))
            } else if ShadowText.isDigit(scalar) {
                let start = index
                while index < end {
                    if ShadowText.isDigit(shadow[index]) {
                        index += 1
                    } else if shadow[index] == "." || shadow[index] == ",", index + 1 < end,
                        ShadowText.isDigit(shadow[index + 1])
                    {
                        index += 1
                    } else {
                        break
                    }
                }
                tokens.append(
                    Token(
                        start: start, end: index, folded: String.fromScalars(shadow[start..<index]), shape: .number,
                        isCapitalised: false, isAllCaps: false, lastScalar: shadow[index - 1]))
            } else if scalar == " " || ShadowText.isSpace(scalar) {
                index += 1
            } else {
                let isASCII = scalar.value < 0x80
                let folded = isASCII ? asciiMarks[Int(scalar.value)] : String(Character(scalar))
                // `assigningIDs` first: see `asciiMarkIDs`.
                let id = !assigningIDs ? -1 : isASCII ? asciiMarkIDs[Int(scalar.value)] : Vocabulary.id(folded)
                tokens.append(
                    Token(
                        start: index, end: index + 1, folded: folded, shape: .punctuation,
                        isCapitalised: false, isAllCaps: false, containsHyphen: scalar == "-",
                        containsApostrophe: scalar == "'", lastScalar: scalar, id: id))
                index += 1
            }
        }
        return tokens
    }

    private static func makeWord(_ text: ShadowText, _ range: Range<Int>, assigningID: Bool) -> Token {
        let first = text.scalars[range.lowerBound]
        var letters = 0
        var upper = 0
        var containsHyphen = false
        var containsApostrophe = false
        var length = 0
        for index in range {
            let scalar = text.scalars[index]
            if ShadowText.isLetter(scalar) {
                letters += 1
                if ShadowText.isUpper(scalar) { upper += 1 }
            }
            let folded = text.shadow[index]
            if folded == "-" { containsHyphen = true }
            if folded == "'" { containsApostrophe = true }
            length += UTF8.width(folded)
        }
        // The id is looked up on the bytes as they are written, before they become a string; nil when only
        // the vocabulary's dictionary can tell.
        var id: Int32? = -1
        let folded = String(unsafeUninitializedCapacity: length) { buffer in
            let count = text.writeShadowUTF8(range, to: buffer)
            if assigningID { id = Vocabulary.id(spelledBy: UnsafeBufferPointer(rebasing: buffer[..<count])) }
            return count
        }
        return Token(
            start: range.lowerBound, end: range.upperBound, folded: folded, shape: .word,
            isCapitalised: ShadowText.isUpper(first), isAllCaps: letters >= 2 && upper == letters,
            containsHyphen: containsHyphen, containsApostrophe: containsApostrophe,
            lastScalar: text.shadow[range.upperBound - 1], id: id ?? Vocabulary.id(folded))
    }
}

extension String {
    /// Builds a string from code points straight into its UTF-8 storage, which costs a fraction of appending
    /// to a `UnicodeScalarView`.
    static func fromScalars<C: Collection>(_ scalars: C) -> String where C.Element == Unicode.Scalar {
        // The exact length, not four bytes a code point: asked for at most 15 bytes, the string is built
        // inline (small), so most words allocate nothing and copying a token touches no reference count.
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars { count += scalar.writeUTF8(to: buffer, at: count) }
            return count
        }
    }
}
