/// Reads the search language people type: words (all required), `"exact phrases"`, `prefix*`, `OR`, `-word` or
/// `NOT word`, `NEAR(a b, N)` or `a NEAR b`, parentheses, and `title:`, `heading:`, `claim:` filters. Anything
/// else is literal text: punctuation separates words (`open-source` is the phrase `open source`), French elided
/// articles are dropped (`l'IA` is `IA`, not a match-everything `l`), and stray quotes or parentheses are forgiven.
/// Never fails: a query with nothing to look for parses to `nil`.
public struct SearchQueryParser: Sendable {
    /// NEAR without a distance: words at most this far apart.
    public static let defaultNearDistance = 10
    /// Terms beyond this are ignored, so pasted pages cannot build an expression SQLite chokes on.
    public static let maximumTerms = 64
    /// Parentheses nested deeper than this are read as plain grouping-free text. FTS5's own parser has a fixed
    /// stack (100 entries) and fails past it; a level here can become two nested groups in FTS5's syntax.
    static let maximumDepth = 8

    /// Words French writes with an apostrophe before a vowel (`l'`, `d'`, `qu'`…): never worth searching for.
    static let elidedWords: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]

    public init() {}

    public func parse(_ text: String) -> SearchExpression? {
        var reader = Reader(tokens: Self.lex(text))
        return reader.parseQuery()
    }

    // MARK: Lexing

    enum Token: Equatable {
        case word(String)
        case phrase(String)
        case open
        case close
        case minus
        case field(SearchField)
    }

    static func isQuote(_ character: Character) -> Bool {
        character == "\"" || character == "“" || character == "”" || character == "«" || character == "»"
    }

    static func isSeparator(_ character: Character) -> Bool {
        character.isWhitespace || character.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control }
    }

    static func lex(_ text: String) -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isSeparator(character) {
                index += 1
            } else if isQuote(character) {
                var end = index + 1
                while end < characters.count, !isQuote(characters[end]) { end += 1 }
                tokens.append(.phrase(String(characters[(index + 1)..<end])))
                index = end + 1
            } else if character == "(" {
                tokens.append(.open)
                index += 1
            } else if character == ")" {
                tokens.append(.close)
                index += 1
            } else if character == "-", index + 1 < characters.count, !isSeparator(characters[index + 1]),
                characters[index + 1] != "-"
            {
                tokens.append(.minus)
                index += 1
            } else {
                var end = index
                while end < characters.count, !isSeparator(characters[end]), !isQuote(characters[end]),
                    characters[end] != "(", characters[end] != ")"
                {
                    end += 1
                }
                let word = String(characters[index..<end])
                index = end
                if let colon = word.firstIndex(of: ":"),
                    let field = SearchField(rawValue: word[..<colon].lowercased())
                {
                    let rest = word[word.index(after: colon)...]
                    let followedByGroup =
                        index < characters.count && (isQuote(characters[index]) || characters[index] == "(")
                    if !rest.isEmpty || followedByGroup {
                        tokens.append(.field(field))
                        if !rest.isEmpty { tokens.append(.word(String(rest))) }
                        continue
                    }
                }
                tokens.append(.word(word))
            }
        }
        return tokens
    }

    /// The letters-and-digits runs of `text`, without French elided words.
    public static func words(in text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text {
            if character.isLetter || character.isNumber {
                current.append(character)
                continue
            }
            guard !current.isEmpty else { continue }
            let isApostrophe = character == "'" || character == "’" || character == "ʼ"
            if !(isApostrophe && elidedWords.contains(current.lowercased())) { words.append(current) }
            current = ""
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    // MARK: Parsing

    struct Reader {
        let tokens: [Token]
        var position = 0
        var depth = 0
        var termCount = 0

        init(tokens: [Token]) { self.tokens = tokens }

        var next: Token? { position < tokens.count ? tokens[position] : nil }

        func isOperator(_ name: String, at offset: Int = 0) -> Bool {
            guard position + offset < tokens.count, case .word(let word) = tokens[position + offset] else {
                return false
            }
            return word == name
        }

        /// `NEAR` or `NEAR/N`: the distance, or nil when the word is not a NEAR operator.
        func nearOperator(at offset: Int = 0) -> Int? {
            guard position + offset < tokens.count, case .word(let word) = tokens[position + offset] else { return nil }
            if word == "NEAR" { return SearchQueryParser.defaultNearDistance }
            if word.hasPrefix("NEAR/"), let distance = Int(word.dropFirst(5)), distance >= 0 {
                return min(distance, 1000)
            }
            return nil
        }

        mutating func parseQuery() -> SearchExpression? {
            var parts: [SearchExpression] = []
            while position < tokens.count {
                if let expression = parseAll() { parts.append(expression) }
                if next == .close { position += 1 }  // A stray `)` is forgiven.
            }
            return Self.all(parts)
        }

        /// `parts` all required, a group among them spliced in (`a (b c)` is `a b c`): the query FTS5 is given
        /// nests only where the meaning needs it.
        static func all(_ parts: [SearchExpression]) -> SearchExpression? {
            guard parts.count > 1 else { return parts.first }
            return .all(parts.flatMap { if case .all(let inner) = $0 { inner } else { [$0] } })
        }

        /// `parts` as alternatives, an alternation among them spliced in (`a OR (b OR c)` is `a OR b OR c`).
        static func any(_ parts: [SearchExpression]) -> SearchExpression? {
            guard parts.count > 1 else { return parts.first }
            return .any(parts.flatMap { if case .any(let inner) = $0 { inner } else { [$0] } })
        }

        /// Parts up to `)` or the end, all required.
        mutating func parseAll() -> SearchExpression? {
            var parts: [SearchExpression] = []
            while let token = next, token != .close {
                if isOperator("AND") || isOperator("OR") {
                    position += 1  // Nothing on its left: read as a separator.
                    continue
                }
                let start = position
                if let part = parseAlternatives() { parts.append(part) }
                if position == start { position += 1 }
            }
            return Self.all(parts)
        }

        /// `a OR b OR c`: OR binds tighter than the implicit AND, as in web search (`chine OR japon économie`
        /// wants économie in both cases).
        mutating func parseAlternatives() -> SearchExpression? {
            var parts: [SearchExpression] = []
            if let first = parseUnary() { parts.append(first) }
            while isOperator("OR") {
                position += 1
                if let part = parseUnary() { parts.append(part) }
            }
            return Self.any(parts)
        }

        mutating func parseUnary() -> SearchExpression? {
            // Counted, not recursed: a pasted line of a thousand `-` or NOT must not exhaust the stack.
            var negations = 0
            while next == .minus || (isOperator("NOT") && position + 1 < tokens.count) {
                negations += 1
                position += 1
            }
            guard var left = parseAtom() else { return nil }
            while let distance = nearOperator(), position + 1 < tokens.count, tokens[position + 1] != .close {
                position += 1
                guard let right = parseAtom() else { break }
                if let leftTerms = Self.nearTerms(left), let rightTerms = Self.nearTerms(right) {
                    left = .near(leftTerms + rightTerms, distance: distance)
                } else {
                    left = .all([left, right])
                }
            }
            return negations % 2 == 1 ? .not(left) : left
        }

        static func nearTerms(_ expression: SearchExpression) -> [SearchTerm]? {
            switch expression {
            case .term(let term): return [term]
            case .near(let terms, _): return terms
            default: return nil
            }
        }

        mutating func parseAtom() -> SearchExpression? {
            guard termCount < SearchQueryParser.maximumTerms, let token = next else {
                position = tokens.count
                return nil
            }
            switch token {
            case .open:
                position += 1
                guard depth < SearchQueryParser.maximumDepth else { return nil }
                depth += 1
                let inner = parseAll()
                depth -= 1
                if next == .close { position += 1 }
                return inner
            case .close, .minus:
                return nil
            case .field(let field):
                position += 1
                return parseAtom().map { Self.restrict($0, to: field) }
            case .phrase(let text):
                position += 1
                return makeTerm(SearchQueryParser.words(in: text), exact: true, prefix: false)
            case .word(let word):
                if let distance = nearOperator(), position + 1 < tokens.count, tokens[position + 1] == .open {
                    position += 2
                    return parseNearGroup(distance: distance)
                }
                if word == "OR" || word == "AND" { return nil }
                position += 1
                return makeTerm(SearchQueryParser.words(in: word), exact: false, prefix: word.hasSuffix("*"))
            }
        }

        /// After `NEAR(`: terms up to `)`, with an optional `, N` distance.
        mutating func parseNearGroup(distance: Int) -> SearchExpression? {
            var terms: [SearchTerm] = []
            var distance = distance
            var sawComma = false
            while let token = next, token != .close {
                position += 1
                switch token {
                case .phrase(let text):
                    if case .term(let term)? = makeTerm(SearchQueryParser.words(in: text), exact: true, prefix: false) {
                        terms.append(term)
                    }
                case .word(let word):
                    let trimmed = word.drop(while: { $0 == "," })
                    if sawComma || word.hasPrefix(","), let number = Int(trimmed), number >= 0 {
                        distance = min(number, 1000)
                        continue
                    }
                    sawComma = word.hasSuffix(",")
                    if case .term(let term)? = makeTerm(
                        SearchQueryParser.words(in: word), exact: false,
                        prefix: word.hasSuffix("*") || word.hasSuffix("*,"))
                    {
                        terms.append(term)
                    }
                default:
                    continue
                }
            }
            if next == .close { position += 1 }
            switch terms.count {
            case 0: return nil
            case 1: return .term(terms[0])
            default: return .near(terms, distance: distance)
            }
        }

        mutating func makeTerm(_ words: [String], exact: Bool, prefix: Bool) -> SearchExpression? {
            guard !words.isEmpty, termCount < SearchQueryParser.maximumTerms else { return nil }
            termCount += 1
            return .term(SearchTerm(words: words, exact: exact, prefix: prefix))
        }

        static func restrict(_ expression: SearchExpression, to field: SearchField) -> SearchExpression {
            func apply(_ term: SearchTerm) -> SearchTerm {
                var term = term
                if term.field == nil { term.field = field }
                return term
            }
            switch expression {
            case .term(let term): return .term(apply(term))
            case .all(let parts): return .all(parts.map { restrict($0, to: field) })
            case .any(let parts): return .any(parts.map { restrict($0, to: field) })
            case .not(let part): return .not(restrict(part, to: field))
            case .near(let terms, let distance): return .near(terms.map(apply), distance: distance)
            }
        }
    }
}
