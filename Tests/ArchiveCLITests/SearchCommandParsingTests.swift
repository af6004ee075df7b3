import ArgumentParser
import Testing

@testable import archive

@Suite struct SearchCommandParsingTests {
    @Test func leadingMinusWordsReachTheQuery() throws {
        let command = try #require(
            try Archive.parseAsRoot(["search", "-chine", "climat", "--limit", "3", "--in", "claims"]) as? Archive.Search
        )
        #expect(command.query == ["-chine", "climat"])
        #expect(command.limit == 3)
        #expect(command.unit == .claims)
    }

    @Test func sortAndWeightsAreParsed() throws {
        let command = try #require(
            try Archive.parseAsRoot(["search", "x", "--sort", "date", "--title-weight", "2.5", "--exact"])
                as? Archive.Search)
        #expect(command.sort == .date)
        #expect(command.titleWeight == 2.5)
        #expect(command.exact)
    }

    @Test func negativeWeightIsRejected() {
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["search", "x", "--body-weight", "-1"]) }
    }
}
