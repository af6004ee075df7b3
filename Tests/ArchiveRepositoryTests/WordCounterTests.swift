import ArchiveSQLite
import Dispatch
import Synchronization
import Testing

@testable import ArchiveRepository

/// Claims get their word spans on the import's preparing threads from a `WordCounter`; `archive check` and the
/// schema-6 upgrade count with the connection's `archive_word_position`. The two must agree word for word.
@Suite struct WordCounterTests {
    static let text = """
        L'État a dit « non » : l'open-source coûte 3,5 % de moins qu'en 2019… Émile répond: 😀 ok—d'accord.
        Second paragraph, with naïve café-au-lait words and 10 000 € figures.
        """

    static func sqlPositions(_ offsets: [Int], in text: String) throws -> [Int32] {
        let repository = try ArticleRepository(path: ":memory:")
        return try offsets.map { offset in
            try repository.database.fetchOne("SELECT archive_word_position(?, ?)", [text, offset]) {
                Int32(try $0.int(0))
            } ?? -1
        }
    }

    @Test func countsAsTheConnectionsFunctionDoesAtEveryOffset() throws {
        let offsets = Array(0...Self.text.unicodeScalars.count)
        let counted = try WordCounter().positions(in: Self.text, at: offsets)
        #expect(counted == (try Self.sqlPositions(offsets, in: Self.text)))
        #expect(counted.first == 0)
        // 33 words: « », :, %, …, €, the emoji and the dashes separate them; l'État, open-source and 3,5 are two each.
        #expect(counted.last == 33)
    }

    @Test func offsetsOutOfOrderAreEachCountedOnTheirOwn() throws {
        let offsets = [40, 3, 3, 120, 0]
        let counted = try WordCounter().positions(in: Self.text, at: offsets)
        #expect(counted == (try Self.sqlPositions(offsets, in: Self.text)))
    }

    @Test func countersOnSeveralThreadsAtOnceAgree() throws {
        let offsets = [0, 10, 50, 100]
        let expected = try WordCounter().positions(in: Self.text, at: offsets)
        let tally = Mutex((agreed: 0, total: 0))
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            let counter = try? WordCounter()
            for _ in 0..<200 {
                let agrees = (try? counter?.positions(in: Self.text, at: offsets)) == expected
                tally.withLock { $0.total += 1; if agrees { $0.agreed += 1 } }
            }
        }
        #expect(tally.withLock { $0 } == (agreed: 800, total: 800))
    }
}
