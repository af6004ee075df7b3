/// Words and multi-word phrases to find in a token sequence, longest match first. Phrases are split into
/// tokens by the same tokenizer as sentences, so `d'après` matches the tokens `d'`, `après`.
public struct PhraseSet: Sendable {
    /// Indexed by the vocabulary id of a phrase's first token (a table read, not a hashed lookup, for every
    /// token of every sentence).
    private var byFirstToken: [[[Int32]]]
    /// Whether some phrase starts with the id: most tokens start none, and this answers them with one read.
    private var startsPhrase: [Bool]
    public private(set) var isEmpty = true

    public init(_ phrases: [String]) {
        var byFirst: [Int32: [[Int32]]] = [:]
        for phrase in phrases {
            let tokens = Tokenizer.tokenize(ShadowText(phrase), 0..<phrase.unicodeScalars.count)
                .filter { $0.shape != .punctuation || $0.folded == "'" }.map(\.id)
            guard let first = tokens.first, !tokens.contains(-1) else { continue }
            byFirst[first, default: []].append(tokens)
            isEmpty = false
        }
        byFirstToken = Array(repeating: [], count: isEmpty ? 0 : Vocabulary.count)
        startsPhrase = Array(repeating: false, count: byFirstToken.count)
        for (key, candidates) in byFirst {
            byFirstToken[Int(key)] = candidates.sorted { $0.count > $1.count }
            startsPhrase[Int(key)] = true
        }
    }

    /// The length in tokens of the longest phrase starting at `index`, or nil.
    public func match(_ tokens: [Token], at index: Int) -> Int? {
        let first = tokens[index].id
        guard first >= 0, Int(first) < startsPhrase.count, startsPhrase[Int(first)] else { return nil }
        let candidates = byFirstToken[Int(first)]
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
        return id >= 0 && Int(id) < byFirstToken.count && byFirstToken[Int(id)].contains { $0.count == 1 }
    }
}
