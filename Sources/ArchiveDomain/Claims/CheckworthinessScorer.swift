/// A heuristic rank for claims worth checking (claims spec §10): numbers, named actors, causes and
/// comparisons raise it; opinions, first-person and very short sentences lower it. For ordering results, not
/// a classifier.
enum CheckworthinessScorer {
    static func score(
        kinds: [ClaimAnalysis.Kind], numbers: [NumberMention], actors: [Actor], firstWord: String, wordCount: Int
    ) -> Double {
        var score = 0.2
        if numbers.contains(where: { ["percent", "money", "count"].contains($0.kind) }) {
            score += 0.3
        } else if numbers.contains(where: { $0.kind == "year" }) {
            score += 0.1
        }
        if !actors.isEmpty { score += 0.15 }
        if kinds.contains(.causal) || kinds.contains(.comparative) { score += 0.1 }
        if kinds.contains(.prediction) { score += 0.05 }
        if kinds == [.opinion] { score -= 0.15 }
        if ["i", "we", "je", "nous", "you", "vous", "j'"].contains(firstWord) { score -= 0.1 }
        if wordCount < 8 { score -= 0.1 }
        return (min(1, max(0, score)) * 100).rounded() / 100
    }
}
