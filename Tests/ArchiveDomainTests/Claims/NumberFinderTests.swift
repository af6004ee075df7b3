import Testing

@testable import ArchiveDomain

@Suite struct NumberFinderTests {
    private func numbers(_ text: String, _ language: Language) -> [NumberMention] {
        NumberFinder(lexicon: .forLanguage(language)).find(ClaimTestSupport.sentence(text, language))
    }

    @Test func frenchPercentWithDecimalCommaIsOneNumber() throws {
        let found = numbers("Le chômage atteint 3,5 % en mars.", .french)
        let percent = try #require(found.first)
        #expect(found.count == 1)
        #expect(percent.text == "3,5 %" && percent.kind == "percent" && percent.value == 3.5)
    }

    @Test func thousandsMoneyYearsAndApproximations() {
        let french = numbers("Près de 30 000 personnes ont reçu 850 euros en 2019.", .french)
        #expect(french.map(\.text) == ["30 000", "850 euros", "2019"])
        #expect(french.map(\.kind) == ["count", "money", "year"])
        #expect(french[0].value == 30_000 && french[0].approx)
        let english = numbers("Gold rose 0.1% to $1,472.19 an ounce, and 1.3 million people voted.", .english)
        #expect(english.map(\.text) == ["0.1%", "$1,472.19", "1.3 million"])
        #expect(english[1].value == 1472.19 && english[1].kind == "money")
        #expect(english[2].value == 1_300_000)
    }

    @Test func timesOrdinalsDatesAndNamesAreTold() {
        let found = numbers("Le 1er janvier, vers 1h30, la tempête a frappé.", .french)
        #expect(found.map(\.text) == ["1er", "1h30"])
        #expect(found.map(\.kind) == ["ordinal", "time"])
        #expect(numbers("The STOXX 600 index and Covid-19 cases at 09:01.", .english).isEmpty)
    }
}
