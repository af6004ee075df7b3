import ArchiveDomain
import Testing

@Suite struct PlainTextParserTests {
    let parser = PlainTextParser()

    let paragraph =
        "Le conseil municipal a voté mardi soir un budget de douze millions d'euros pour les travaux du port, qui devraient durer deux ans selon les services de la ville."
    let secondParagraph =
        "Les pêcheurs qui utilisent encore la vieille jetée garderont leurs places pendant les travaux, a précisé la mairie, même si plusieurs disent ne pas avoir été consultés."

    @Test func readsDateTitleAndBody() throws {
        let text =
            "2025-03-20 09:01:00\nLe port rouvre au printemps\n\(paragraph)\nLa colère des pêcheurs\n\(secondParagraph)\n"
        let document = try parser.parse(text)
        #expect(document.title == "Le port rouvre au printemps")
        #expect(document.published?.iso8601 == "2025-03-20T09:01:00")
        #expect(document.language == .french)
        #expect(document.blocks.map(\.role) == [.metadata, .title, .paragraph, .heading, .paragraph])
        #expect(document.blocks.map(\.line) == [1, 2, 3, 4, 5])
        #expect(document.sections.map(\.heading) == [nil, "La colère des pêcheurs"])
    }

    @Test(arguments: [
        ("2025-03-20T09:01:00Z", "2025-03-20T09:01:00Z"),
        ("2025-03-20T09:01:00+01:00", "2025-03-20T09:01:00+01:00"),
        ("2025-03-20", "2025-03-20"),
    ])
    func acceptsDateVariants(line: String, iso8601: String) throws {
        let document = try parser.parse("\(line)\nLe port rouvre\n\(paragraph)")
        #expect(document.published?.iso8601 == iso8601)
        #expect(document.title == "Le port rouvre")
    }

    @Test func withoutADateTheFirstLineIsTheTitle() throws {
        let document = try parser.parse("Le port rouvre au printemps\n\(paragraph)")
        #expect(document.published == nil)
        #expect(document.title == "Le port rouvre au printemps")
        #expect(document.blocks.map(\.role) == [.title, .paragraph])
    }

    @Test func titleStartingWithADateIsStillATitle() throws {
        let document = try parser.parse("2025-03-20 : ce qui change pour le port\n\(paragraph)")
        #expect(document.published == nil)
        #expect(document.title == "2025-03-20 : ce qui change pour le port")
    }

    @Test func crlfAndLoneCRReadLikeLF() throws {
        let lf = try parser.parse("2025-03-20\nLe port rouvre\n\(paragraph)\n\(secondParagraph)\n")
        for separator in ["\r\n", "\r"] {
            let text = ["2025-03-20", "Le port rouvre", paragraph, secondParagraph, ""].joined(separator: separator)
            let document = try parser.parse(text)
            #expect(document.blocks == lf.blocks)
        }
    }

    @Test func blankLinesAreSkippedButLineNumbersKept() throws {
        let document = try parser.parse(
            "\n\n2025-03-20\n\n  \nLe port rouvre\n\n\(paragraph)\n\t\n\(secondParagraph)\n\n")
        #expect(document.blocks.map(\.line) == [3, 6, 8, 10])
        #expect(document.blocks.map(\.role) == [.metadata, .title, .paragraph, .paragraph])
    }

    @Test func leadingSpacesAreTrimmedAndCountedInCodePoints() throws {
        let document = try parser.parse("  2025-03-20\n\t Le port rouvre  \n\u{A0}\u{A0}\u{A0}\(paragraph)")
        #expect(document.blocks.map(\.text) == ["2025-03-20", "Le port rouvre", paragraph])
        #expect(document.blocks.map(\.column) == [2, 2, 3])
    }

    @Test func titleOnlyIsAnArticleWithoutBody() throws {
        let document = try parser.parse("2025-03-20\nLe port rouvre\n")
        #expect(document.title == "Le port rouvre")
        #expect(document.sections.isEmpty)
        let undated = try parser.parse("Le port rouvre")
        #expect(undated.blocks.map(\.role) == [.title])
    }

    @Test(arguments: ["", "\n\n", "   \n\t\n", "\u{FEFF}"])
    func emptyFileIsAnError(text: String) {
        #expect(throws: ArticleParseError.self) { try parser.parse(text) }
        do {
            _ = try parser.parse(text)
        } catch {
            #expect(error.description.contains("empty"))
        }
    }

    @Test func dateWithoutTitleIsAnErrorNamingTheLine() {
        do {
            _ = try parser.parse("\n2025-03-20\n")
            Issue.record("a date line alone should not parse")
        } catch {
            #expect(error.line == 2)
            #expect(error.description.contains("no title"))
        }
    }

    @Test func impossibleDateIsAnErrorNamingTheLine() {
        do {
            _ = try parser.parse("2025-13-45\nLe port rouvre\n\(paragraph)")
            Issue.record("an impossible date should not parse")
        } catch {
            #expect(error.line == 1)
            #expect(error.description.hasPrefix("line 1: '2025-13-45' is not a real date"))
        }
    }

    @Test func byteOrderMarkDoesNotHideTheDate() throws {
        let document = try parser.parse("\u{FEFF}2025-03-20\nLe port rouvre\n\(paragraph)")
        #expect(document.published?.iso8601 == "2025-03-20")
    }

    @Test func textIsNormalizedToNFC() throws {
        let decomposed = "Le port de Se\u{0300}te"
        let document = try parser.parse("\(decomposed)\n\(paragraph)")
        #expect(document.title.unicodeScalars.count == "Le port de Sète".unicodeScalars.count)
        #expect(document.title == "Le port de Sète")
    }

    @Test func englishArticleIsEnglish() throws {
        let text =
            "Harbour to reopen in spring\nThe harbour authority said on Tuesday that the new quay would open in the spring, two years later than it was planned."
        #expect(try parser.parse(text).language == .english)
    }
}
