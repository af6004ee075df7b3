import ArchiveDomain
import Testing

@Suite struct SearchQueryParserTests {
    let parser = SearchQueryParser()

    func term(_ words: String..., exact: Bool = false, prefix: Bool = false, field: SearchField? = nil)
        -> SearchExpression
    {
        .term(SearchTerm(words: words, exact: exact, prefix: prefix, field: field))
    }

    @Test func wordsAreAllRequired() {
        #expect(parser.parse("climat Chine") == .all([term("climat"), term("Chine")]))
        #expect(parser.parse("climat AND Chine") == .all([term("climat"), term("Chine")]))
    }

    @Test func punctuationInsideAWordMakesAPhraseOfItsParts() {
        #expect(parser.parse("open-source") == term("open", "source"))
        #expect(parser.parse("C++") == term("C"))
        #expect(parser.parse("10 %") == term("10"))
        #expect(parser.parse("Chine:") == term("Chine"))
    }

    @Test func elidedFrenchWordsAreDropped() {
        #expect(parser.parse("l'IA") == term("IA"))
        #expect(parser.parse("qu’il d'abord") == .all([term("il"), term("abord")]))
        #expect(parser.parse("aujourd'hui") == term("aujourd", "hui"))
    }

    @Test func quotesMakeExactPhrasesEvenUnclosed() {
        #expect(parser.parse("\"open source\"") == term("open", "source", exact: true))
        #expect(
            parser.parse("«Chine» \"intelligence artificielle")
                == .all([term("Chine", exact: true), term("intelligence", "artificielle", exact: true)]))
    }

    @Test func operators() {
        #expect(parser.parse("a OR b c") == .all([.any([term("a"), term("b")]), term("c")]))
        #expect(parser.parse("a b OR c") == .all([term("a"), .any([term("b"), term("c")])]))
        #expect(parser.parse("a or b") == .all([term("a"), term("or"), term("b")]))
        #expect(parser.parse("a -b") == .all([term("a"), .not(term("b"))]))
        #expect(parser.parse("a NOT b") == .all([term("a"), .not(term("b"))]))
        #expect(parser.parse("a NOT NOT b") == .all([term("a"), term("b")]))
        #expect(parser.parse("publi*") == term("publi", prefix: true))
    }

    @Test func nearInBothSpellings() {
        #expect(
            parser.parse("NEAR(a b, 5)") == .near([SearchTerm(words: ["a"]), SearchTerm(words: ["b"])], distance: 5))
        #expect(parser.parse("NEAR(a b)") == .near([SearchTerm(words: ["a"]), SearchTerm(words: ["b"])], distance: 10))
        #expect(
            parser.parse("\"a b\" NEAR c")
                == .near([SearchTerm(words: ["a", "b"], exact: true), SearchTerm(words: ["c"])], distance: 10))
        #expect(parser.parse("a NEAR/3 b") == .near([SearchTerm(words: ["a"]), SearchTerm(words: ["b"])], distance: 3))
        #expect(parser.parse("NEAR") == term("NEAR"))
    }

    @Test func parenthesesGroupAndAreForgivenWhenUnbalanced() {
        #expect(parser.parse("(a OR b) c") == .all([.any([term("a"), term("b")]), term("c")]))
        #expect(parser.parse("(a OR b") == .any([term("a"), term("b")]))
        #expect(parser.parse("a) b") == .all([term("a"), term("b")]))
    }

    @Test func fieldFilters() {
        #expect(parser.parse("title:Chine") == term("Chine", field: .title))
        #expect(parser.parse("heading:\"a b\"") == term("a", "b", exact: true, field: .heading))
        #expect(parser.parse("claim:(a OR b)") == .any([term("a", field: .claim), term("b", field: .claim)]))
        #expect(parser.parse("TITLE:x") == term("x", field: .title))
        #expect(parser.parse("title:") == term("title"))
        #expect(parser.parse("auteur:x") == term("auteur", "x"))
    }

    @Test func nothingToSearchForParsesToNil() {
        #expect(parser.parse("") == nil)
        #expect(parser.parse("%% ++ () \"\" 🙂") == nil)
        #expect(parser.parse("OR AND") == nil)
    }

    @Test func veryLongInputIsCappedNotRecursed() {
        let words = Array(repeating: "mot", count: 1_000).joined(separator: " ")
        #expect(parser.parse(words)?.terms.count == SearchQueryParser.maximumTerms)
        #expect(parser.parse(String(repeating: "(", count: 10_000) + "mot")?.terms.count == 1)
        #expect(parser.parse(String(repeating: "-", count: 10_001) + "mot") != nil)
    }
}
