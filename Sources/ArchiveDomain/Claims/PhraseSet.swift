/// Words and multi-word phrases to find in a token sequence, longest match first. Phrases are split into
/// tokens by the same tokenizer as sentences, so `d'après` matches the tokens `d'`, `après`.
public struct PhraseSet: Sendable {
    /// Indexed by the vocabulary id of a phrase's first token: the range of `entries` holding the phrases that
    /// start with it, longest first (read only for ids that start some phrase).
    private var byFirstToken: [Range<Int32>]
    /// One bit per vocabulary id, set when some phrase starts with it: most tokens start no phrase, and this
    /// table is small enough to stay in cache while `byFirstToken` (eight bytes an id, for every set) is not.
    private var startsPhrase: [UInt64]
    /// Where each phrase's token ids lie in `phraseTokens`: flat storage, so matching walks integers without
    /// touching reference counts.
    private var entries: [Range<Int>] = []
    private var phraseTokens: [Int32] = []
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
        byFirstToken = Array(repeating: 0..<0, count: isEmpty ? 0 : Vocabulary.count)
        startsPhrase = Array(repeating: 0, count: isEmpty ? 0 : (Vocabulary.count + 63) / 64)
        for (key, candidates) in byFirst {
            startsPhrase[Int(key) >> 6] |= 1 << (UInt64(key) & 63)
            let lower = Int32(entries.count)
            for phrase in candidates.sorted(by: { $0.count > $1.count }) {
                entries.append(phraseTokens.count..<(phraseTokens.count + phrase.count))
                phraseTokens.append(contentsOf: phrase)
            }
            byFirstToken[Int(key)] = lower..<Int32(entries.count)
        }
    }

    /// The length in tokens of the longest phrase starting at `index`, or nil.
    // Inlined: the rules ask at every token of every sentence, for dozens of sets, and nearly every answer is
    // the bit test's no; a call for each cost more than the test.
    @inline(__always) public func match(_ tokens: [Token], at index: Int) -> Int? {
        let first = Int(tokens[index].id)
        guard first >= 0, first >> 6 < startsPhrase.count, startsPhrase[first >> 6] & (1 << (first & 63)) != 0
        else { return nil }
        return longestMatch(tokens, at: index, first: first)
    }

    @inline(never) private func longestMatch(_ tokens: [Token], at index: Int, first: Int) -> Int? {
        let candidates = byFirstToken[first]
        for entry in Int(candidates.lowerBound)..<Int(candidates.upperBound) {
            let phrase = entries[entry]
            let count = phrase.count
            guard index + count <= tokens.count else { continue }
            var offset = 1
            while offset < count, tokens[index + offset].id == phraseTokens[phrase.lowerBound + offset] {
                offset += 1
            }
            if offset >= count { return count }
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

    /// Whether some phrase starts at some token: what `!matches(in: tokens).isEmpty` answers, without
    /// collecting the matches.
    public func occurs(in tokens: [Token]) -> Bool {
        tokens.indices.contains { match(tokens, at: $0) != nil }
    }

    public func contains(_ word: String) -> Bool {
        let id = Vocabulary.id(word)
        guard id >= 0, Int(id) < byFirstToken.count else { return false }
        let candidates = byFirstToken[Int(id)]
        return (Int(candidates.lowerBound)..<Int(candidates.upperBound)).contains { entries[$0].count == 1 }
    }
}
