/// Words and multi-word phrases to find in a token sequence, longest match first. Phrases are split into
/// tokens by the same tokenizer as sentences, so `d'après` matches the tokens `d'`, `après`.
public struct PhraseSet: Sendable {
    private var byFirstToken: [String: [[String]]] = [:]
    public private(set) var isEmpty = true

    public init(_ phrases: [String]) {
        for phrase in phrases {
            let tokens = Tokenizer.tokenize(ShadowText(phrase), 0..<phrase.unicodeScalars.count)
                .filter { $0.shape != .punctuation || $0.folded == "'" }.map(\.folded)
            guard let first = tokens.first else { continue }
            byFirstToken[first, default: []].append(tokens)
            isEmpty = false
        }
        for key in byFirstToken.keys { byFirstToken[key]!.sort { $0.count > $1.count } }
    }

    /// The length in tokens of the longest phrase starting at `index`, or nil.
    public func match(_ tokens: [Token], at index: Int) -> Int? {
        guard let candidates = byFirstToken[tokens[index].folded] else { return nil }
        for phrase in candidates where index + phrase.count <= tokens.count {
            var matches = true
            for offset in 1..<max(phrase.count, 1) where tokens[index + offset].folded != phrase[offset] {
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
        byFirstToken[word]?.contains { $0.count == 1 } ?? false
    }
}
