/// Words and multi-word phrases to find in a token sequence, longest match first. Phrases are split into
/// tokens by the same tokenizer as sentences, so `d'après` matches the tokens `d'`, `après`.
public struct PhraseSet: Sendable {
    private var byFirstToken: [Int32: [[Int32]]] = [:]
    public private(set) var isEmpty = true

    public init(_ phrases: [String]) {
        for phrase in phrases {
            let tokens = Tokenizer.tokenize(ShadowText(phrase), 0..<phrase.unicodeScalars.count)
                .filter { $0.shape != .punctuation || $0.folded == "'" }.map(\.id)
            guard let first = tokens.first, !tokens.contains(-1) else { continue }
            byFirstToken[first, default: []].append(tokens)
            isEmpty = false
        }
        for key in byFirstToken.keys { byFirstToken[key]!.sort { $0.count > $1.count } }
    }

    /// The length in tokens of the longest phrase starting at `index`, or nil.
    public func match(_ tokens: [Token], at index: Int) -> Int? {
        let first = tokens[index].id
        guard first >= 0, let candidates = byFirstToken[first] else { return nil }
        for phrase in candidates where index + phrase.count <= tokens.count {
            var matches = true
            for offset in 1..<max(phrase.count, 1) where tokens[index + offset].id != phrase[offset] {
                matches = false
                break
            }
            if matches { return phrase.count }
        }
        return nil
    }

    /// Every match, left to right, not overlapping: (first token index, token count).
    public func matches(in tokens: [Token], range: Range<Int>? = nil) -> [(index: Int, count: Int)] {
        var result: [(Int, Int)] = []
        var index = range?.lowerBound ?? 0
        let end = range?.upperBound ?? tokens.count
        while index < end {
            if let count = match(tokens, at: index), index + count <= end {
                result.append((index, count))
                index += count
            } else {
                index += 1
            }
        }
        return result
    }

    public func contains(_ word: String) -> Bool {
        let id = Vocabulary.id(word)
        return id >= 0 && byFirstToken[id]?.contains { $0.count == 1 } ?? false
    }
}
