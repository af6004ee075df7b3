import ArchiveDomain
import ArchiveRepository
import Foundation
import Testing

/// Deterministic pseudo-random numbers (SplitMix64), so a failing case can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct SearchPropertyTests {
    static let fragments: [String] = [
        "\"", "\"", "(", ")", "((", "))", "*", "-", "--", "NOT", "OR", "AND", "NEAR", "NEAR(", "NEAR/3", ",", ", 2)",
        ":", "title:", "heading:", "claim:", "Chine:", "^", "{", "}", "{title}", "+", "++", "C++", "%", "10 %", "'",
        "’",
        "l'", "qu'", "d'IA", "«", "»", "“", "”", "\\", "/", ";", "=", "\u{0}", "\u{1}", "\u{2}", "\u{3}", "\u{7}",
        "\u{1B}[1m", "\t", "\n", "\r\n", "\u{FEFF}", "\u{301}", "e\u{301}", "🙂", "👩‍👩‍👧", "🇫🇷", "ﬁ", "Ⅻ", "½",
        "publier", "publient", "vont", "aller", "chine", "Chine", "intelligence", "artificielle", "open", "source",
        "open-source", "running", "country", "développem*", "publi*", "é", "É", "ǅ", "ß", "İ", "中国", "العربية",
        "select", "DROP TABLE section;", "'; --", "rowid", "rank", "bm25", "0", "2030", "-1", "9999999999999999999",
    ]

    static func randomQuery(using generator: inout SplitMix64) -> String {
        var query = ""
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            if Int.random(in: 0..<5, using: &generator) == 0 {
                // A random scalar from anywhere in Unicode (surrogates are not scalars; skip them).
                if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x10FFFF, using: &generator)) {
                    query.unicodeScalars.append(scalar)
                }
            } else {
                query += fragments.randomElement(using: &generator)!
            }
            if Bool.random(using: &generator) { query += " " }
        }
        return query
    }

    @Test func hostileQueriesNeverFailTheDatabase() throws {
        let fixture = try SearchFixture.standard()
        let stored = Set(fixture.ids.values)
        var generator = SplitMix64(state: 20_251_129)
        var queries = (0..<10_000).map { _ in Self.randomQuery(using: &generator) }
        queries += [
            String(repeating: "(", count: 5_000) + "chine", String(repeating: "\"a ", count: 3_000),
            String(repeating: "-", count: 10_000) + "chine", String(repeating: "NOT ", count: 2_000) + "chine",
            String(repeating: "chine OR ", count: 2_000), String(repeating: "NEAR(", count: 1_000),
            String(repeating: "title:", count: 1_000) + "chine", String(repeating: "x", count: 100_000),
        ]
        var searched = 0
        for (index, text) in queries.enumerated() {
            let unit = SearchQuery.Unit.allCases[index % 3]
            let query: FTSQuery
            do {
                query = try FTSQuery(
                    userText: text, exact: index % 7 == 0, scope: unit == .claims ? .claims : .sections)
            } catch {
                #expect(!error.description.isEmpty)
                continue
            }
            searched += 1
            let results = try fixture.repository.search(SearchQuery(text: query, unit: unit, limit: 5))
            #expect(results.hits.count <= 5)
            #expect(results.total >= results.hits.count)
            for hit in results.hits {
                #expect(stored.contains(hit.articleID))
                #expect(
                    hit.snippet.components(separatedBy: SearchHit.matchStart).count
                        == hit.snippet.components(separatedBy: SearchHit.matchEnd).count)
            }
        }
        // Most random queries hold some word: the database path must really have been exercised.
        #expect(searched > 5_000)
    }

    /// Queries whose compiled FTS5 expression nests as deep as the parser lets it: FTS5's own parser has a fixed
    /// stack (about 100 entries) and fails with "parser stack overflow" past it, which must never reach the user.
    static let deepQueries: [String] = [
        String(repeating: "(chine OR japon -inde ", count: 40),
        String(repeating: "(chine -inde ", count: 40),
        String(repeating: "(a OR (b ", count: 40),
        String(repeating: "(-x y OR ", count: 40),
        "chine " + String(repeating: "-inde ", count: 70),
        "chine " + (1...70).map { "-mot\($0)" }.joined(separator: " "),
        (1...70).map { "mot\($0)" }.joined(separator: " OR "),
        String(repeating: "(R(a^x y", count: 30),
        // Found by scripts/fuzz (FuzzSearchQuery): alternations nested with exclusions, as the fuzzer's bytes.
        String(
            decoding: Data(
                base64Encoded: "IoAAloeVjbCwInCw/yogeXkoAADfhihSKP8qIHkoUihhXnggeShSKGFeeHkoUigqOAAoUihhXnggeSgAUihhXv94////"
                    + "KiB5KFIoYV54IHkoUihhXnh5KFIoKjgAKFIoYZ6H34YoUij/KiB5KFIoYV54IHkoUihhXnh5KFIoKjgAKFIoYV54IHkoUihh"
                    + "XngqIHk=")!, as: UTF8.self),
    ]

    @Test(arguments: deepQueries)
    func deeplyNestedOperatorsStayWithinFTS5sParser(text: String) throws {
        let fixture = try SearchFixture.standard()
        for unit in SearchQuery.Unit.allCases {
            for exact in [false, true] {
                // Every query here has words to search for: it must compile, not be skipped.
                let query = try FTSQuery(userText: text, exact: exact, scope: unit == .claims ? .claims : .sections)
                let results = try fixture.repository.search(SearchQuery(text: query, unit: unit, limit: 5))
                #expect(results.hits.count <= 5)
            }
        }
    }
}
