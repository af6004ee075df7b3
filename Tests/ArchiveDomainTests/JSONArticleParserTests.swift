import Testing

@testable import ArchiveDomain

@Suite struct JSONArticleParserTests {
    @Test func readsAnObjectWithKnownAndUnknownFields() throws {
        let json = """
            {"title": "Budget vote", "published": "2025-02-10T08:30:00+01:00", "body": "The vote passed.\\nIt was close.",
             "url": "https://example.org/b", "author": {"name": "Ann Lee"}, "tags": ["politics"], "lang": "en",
             "source": "wire", "score": 4.5}
            """
        let documents = try JSONArticleParser().parse(json)
        let document = try #require(documents.first)
        #expect(documents.count == 1)
        #expect(document.title == "Budget vote")
        #expect(document.published?.iso8601 == "2025-02-10T08:30:00+01:00")
        #expect(document.sections.map(\.text) == ["The vote passed.\nIt was close."])
        #expect(document.author == "Ann Lee")
        #expect(document.tags == ["politics"])
        #expect(document.extraMetadata == ["source": "\"wire\"", "score": "4.5"])
    }

    @Test func readsAnArrayAndSections() throws {
        let json = """
            [{"title": "One", "text": "First."},
             {"title": "Two", "sections": [{"heading": "Why", "text": "Because."}, {"text": "Then."}]}]
            """
        let documents = try JSONArticleParser().parse(json)
        #expect(documents.map(\.title) == ["One", "Two"])
        #expect(documents[1].sections.map(\.heading) == ["Why"])
        #expect(documents[1].sections.map(\.text) == ["Because.\nThen."])
    }

    @Test func readsJSONLines() throws {
        let jsonl =
            "{\"title\": \"A\", \"content\": \"Alpha text.\"}\n{\"title\": \"B\", \"content\": \"<p>Beta</p><p>text</p>\"}\n"
        let documents = try JSONArticleParser().parse(jsonl)
        #expect(documents.map(\.title) == ["A", "B"])
        #expect(documents[1].sections.first?.text == "Beta\ntext")
    }

    @Test func namesLineAndColumnOfASyntaxError() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try JSONArticleParser().parse("{\n  \"title\": \"x\",\n  \"body\": \"y\" \"z\"\n}")
        }
        #expect(error.line == 3)
        #expect(error.column == 15)
        #expect(error.description.hasPrefix("line 3, column 15: JSON syntax error"))
    }

    @Test func refusesAnImpossibleDate() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try JSONArticleParser().parse("{\"title\": \"x\", \"date\": \"2025-13-45\", \"body\": \"y\"}")
        }
        #expect(error.message.contains("'2025-13-45'"))
    }

    @Test func refusesAnArticleWithoutText() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try JSONArticleParser().parse("[{\"title\": \"ok\", \"body\": \"b\"},\n {\"title\": \"empty\"}]")
        }
        #expect(error.line == 2)
        #expect(error.message.hasPrefix("article 2 has no text"))
    }
}
