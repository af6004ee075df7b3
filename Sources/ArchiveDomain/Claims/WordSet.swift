/// A word list tested against tokens by vocabulary id: one array read instead of hashing the token's folded
/// text. Answers exactly what `Set<String>.contains(token.folded)` would: a token with an id is a vocabulary
/// word, so it is in the list when its id is; a token without one can only match an entry that is no
/// vocabulary word (kept as text), and numbers (which carry no id) are looked up as text.
struct WordSet: Sendable {
    private var members: [Bool]
    private let others: Set<String>
    private let all: Set<String>

    init(_ words: Set<String>) {
        all = words
        members = Array(repeating: false, count: Vocabulary.count)
        var others = Set<String>()
        for word in words {
            let id = Vocabulary.id(word)
            if id >= 0 { members[Int(id)] = true } else { others.insert(word) }
        }
        self.others = others
    }

    init(_ words: [String]) { self.init(Set(words)) }

    @inline(__always) func contains(_ token: Token) -> Bool {
        if token.id >= 0 { return members[Int(token.id)] }
        if token.shape == .number { return all.contains(token.folded) }
        return !others.isEmpty && others.contains(token.folded)
    }

    func contains(_ word: String) -> Bool { all.contains(word) }
}
