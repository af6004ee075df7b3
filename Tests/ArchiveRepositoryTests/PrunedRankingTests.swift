import ArchiveDomain
import Testing

@testable import ArchiveRepository

/// `archive_rank` skips sections that cannot reach the page; on many generated articles, with pages of every
/// depth, it must return exactly what ranking every match with bm25() in SQL returns.
@Suite struct PrunedRankingTests {
    static let words = [
        "gouvernement", "énergie", "réforme", "budget", "ministre", "élection", "climat", "santé", "école", "prix",
        "marché", "accord", "grève", "transport", "région", "hôpital", "impôt", "loi", "vote", "crise",
    ]

    /// A small deterministic generator, so a failure can be replayed.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        mutating func sentence(_ length: Int) -> String {
            (0..<length).map { _ in PrunedRankingTests.words[next(PrunedRankingTests.words.count)] }
                .joined(separator: " ") + "."
        }
    }

    @Test func prunedRankingReturnsWhatFullRankingReturns() throws {
        var fixture = try SearchFixture()
        var generator = Generator(state: 42)
        for index in 0..<160 {
            let sections: [(String?, [String])] = (0..<(1 + generator.next(4))).map { position in
                (
                    position == 0 ? nil : generator.sentence(2),
                    (0..<(1 + generator.next(3))).map { _ in generator.sentence(3 + generator.next(40)) }
                )
            }
            try fixture.add("a\(index)", title: generator.sentence(3), language: .french, sections: sections)
        }
        let everything = ArticleFilter(since: "1900-01-01")
        for query in ["gouvernement", "énergie budget", "climat OR santé", "\"marché accord\"", "loi -vote"] {
            for unit in [SearchQuery.Unit.articles, .sections] {
                for (limit, offset) in [(1, 0), (10, 0), (10, 20), (3, 50), (200, 0)] {
                    let pruned = try fixture.search(query, unit: unit, limit: limit, offset: offset)
                    let full = try fixture.search(query, unit: unit, filter: everything, limit: limit, offset: offset)
                    #expect(pruned.total == full.total, "\(query) \(unit) \(limit) \(offset)")
                    #expect(pruned.hits == full.hits, "\(query) \(unit) \(limit) \(offset)")
                }
            }
        }
    }

    @Test func hugePagesNeitherOverflowNorDropHits() throws {
        let fixture = try SearchFixture.standard()
        let all = try fixture.search("gouvernement", limit: 1_000)
        let huge = try fixture.search("gouvernement", limit: Int.max, offset: 1)
        #expect(huge.total == all.total)
        #expect(huge.hits == Array(all.hits.dropFirst()))
    }
}
