import Testing

@testable import ArchiveDomain

@Suite struct MarkdownArticleParserTests {
    private let note = """
        ---
        title: "Le vélo en ville"
        date: 2025-04-02
        author: Claire Martin
        url: https://exemple.org/velo
        tags: [mobilité, vélo]
        lang: fr
        mood: optimiste
        ---
        # Le vélo en ville

        La part du **vélo** a doublé en cinq ans selon [l'observatoire](https://exemple.org/obs),
        qui publie ses chiffres chaque année.

        ## Les raisons

        - Des pistes *protégées*.
        - Un coût `faible`.

        ![une photo](photo.jpg)
        """

    @Test func readsFrontMatterIntoMetadata() throws {
        let document = try MarkdownArticleParser().parse(note)
        #expect(document.title == "Le vélo en ville")
        #expect(document.published?.iso8601 == "2025-04-02")
        #expect(document.author == "Claire Martin")
        #expect(document.url == "https://exemple.org/velo")
        #expect(document.tags == ["mobilité", "vélo"])
        #expect(document.language == .french)
        #expect(document.extraMetadata == ["mood": "\"optimiste\""])
        #expect(document.format == .markdown)
    }

    @Test func turnsHeadingsIntoSectionsAndStripsInlineMarkup() throws {
        let document = try MarkdownArticleParser().parse(note)
        let sections = document.sections
        #expect(sections.count == 2)
        #expect(sections[0].heading == nil)
        #expect(
            sections[0].text
                == "La part du vélo a doublé en cinq ans selon l'observatoire, qui publie ses chiffres chaque année.")
        #expect(sections[1].heading == "Les raisons")
        #expect(sections[1].text == "Des pistes protégées.\nUn coût faible.")
    }

    @Test func keepsAFirstHeadingThatDiffersFromTheTitle() throws {
        let document = try MarkdownArticleParser().parse(
            "---\ntitle: Notes\n---\n# Lundi\n\nIl a plu toute la journée.\n")
        #expect(document.sections.map(\.heading) == ["Lundi"])
    }

    @Test func takesTheFirstHeadingAsTitleWithoutFrontMatter() throws {
        let document = try MarkdownArticleParser().parse("# Energy prices\n\nPrices rose by 4% in March.\n")
        #expect(document.title == "Energy prices")
        #expect(document.published == nil)
        #expect(document.blocks.map(\.role) == [.title, .paragraph])
        #expect(document.blocks.map(\.line) == [1, 2])
    }

    @Test func refusesFrontMatterNeverClosed() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try MarkdownArticleParser().parse("---\ntitle: Ouvert\n\nDu texte sans fin de bloc.\n")
        }
        #expect(error.line == 1)
        #expect(error.message.contains("never closed"))
    }

    @Test func refusesAnImpossibleDateNamingItsLine() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try MarkdownArticleParser().parse("---\ntitle: Daté\ndate: 2025-13-45\n---\nTexte.\n")
        }
        #expect(error.description == "line 3: '2025-13-45' is not a real date (expected YYYY-MM-DD [HH:MM:SS])")
    }

    @Test func refusesANoteWithoutTitle() {
        #expect(throws: ArticleParseError.self) { try MarkdownArticleParser().parse("Juste un paragraphe.\n") }
    }
}
