import Testing

@testable import ArchiveDomain

/// The id tables must answer exactly what the string sets they replace answered, including for words no
/// lexicon knows, numbers, typographic marks and text that is not in NFC.
@Suite struct WordSetTests {
    private static let text =
        "« Selon l’État, 3,5 % des élèves n'auraient PAS dit — “jamais” — qu'ils étaient là… » "
        + "Le ministre a déclaré 2019 ; Ça zzzqx 42 E\u{301}tat, ÉTATS-UNIS e\u{301}le\u{300}ves * & ° /"

    private static func tokens() -> [Token] {
        let shadow = ShadowText(text)
        return Tokenizer.tokenize(shadow, 0..<shadow.count)
    }

    @Test func answersLikeTheStringSetForEveryToken() {
        let tokens = Self.tokens()
        let words: Set<String> = [
            "selon", "état", "élèves", "dit", "—", "“", "«", "2019", "42", "zzzqx", "pas", "là", "…", "ça",
            "de la", "e\u{301}tat", "*",
        ]
        let set = WordSet(words)
        for token in tokens {
            #expect(set.contains(token) == words.contains(token.folded), "token '\(token.folded)'")
        }
        #expect(tokens.contains { set.contains($0) } && tokens.contains { !set.contains($0) })
    }

    @Test func vocabularyIDsMatchTheirWords() {
        let tokens = Self.tokens()
        let known = tokens.filter { $0.id >= 0 }
        #expect(!known.isEmpty)
        for token in known where token.shape != .number {
            // Equal ids mean canonically equal words, whatever bytes the text used.
            #expect(Vocabulary.id(token.folded) == token.id)
        }
        // `déclaré` is a lexicon word; its decomposed spelling must find the same id through the fallback.
        #expect(Vocabulary.id("déclaré") >= 0)
        #expect(Vocabulary.id("de\u{301}clare\u{301}") == Vocabulary.id("déclaré"))
        #expect(Vocabulary.id("zzzqx") == -1)
    }

    @Test func idSetAnswersOnlyItsIDs() {
        let id = Vocabulary.id("selon")
        let set = IDSet([id])
        #expect(id >= 0 && set.contains(id))
        #expect(!set.contains(-1) && !set.contains(Vocabulary.id("dit")))
    }
}
