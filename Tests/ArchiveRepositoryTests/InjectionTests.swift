import ArchiveDomain
import ArchiveSQLite
import CSQLite
import Foundation
import Testing

@testable import ArchiveRepository

/// Records the text of every statement SQLite runs on a connection (as prepared, before binding).
private final class StatementLog {
    var statements: [String] = []
}

@Suite struct InjectionTests {
    static let hostile = [
        "'); DROP TABLE article; --",
        "\"; DELETE FROM section; --",
        "x' OR '1'='1",
        "Robert'); DROP TABLE claim;--",
        "%' UNION SELECT sql FROM sqlite_master --",
        "NEAR(a b) OR title:* ^\"",
    ]

    /// Every statement SQLite prepares while `body` runs: user values must appear in none of them.
    private func statements(on repository: ArticleRepository, during body: () throws -> Void) rethrows -> [String] {
        let log = StatementLog()
        let context = Unmanaged.passRetained(log).toOpaque()
        defer { Unmanaged<StatementLog>.fromOpaque(context).release() }
        sqlite3_trace_v2(
            repository.database.handle, UInt32(SQLITE_TRACE_STMT),
            { _, context, _, sql in
                guard let context, let sql else { return 0 }
                let log = Unmanaged<StatementLog>.fromOpaque(context).takeUnretainedValue()
                log.statements.append(String(cString: sql.assumingMemoryBound(to: CChar.self)))
                return 0
            }, context)
        defer { sqlite3_trace_v2(repository.database.handle, 0, nil, nil) }
        try body()
        return log.statements
    }

    @Test(arguments: hostile)
    func hostileValuesAreStoredAsDataAndNeverBecomeSQL(value: String) throws {
        let repository = try ReliabilityFixtures.repository(articles: 2)
        let filter = ArticleFilter(tag: value, author: value)
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let sink = try OutputSink(path: folder + "/export.csv")
        let traced = try statements(on: repository) {
            let document = ReliabilityFixtures.document(title: value, author: value, tags: [value], number: 5)
            let outcome = try repository.save(
                ReliabilityFixtures.prepared(document, path: "/in/\(value).txt"),
                importedAt: ReliabilityFixtures.importedAt)
            guard case .imported(let id) = outcome else {
                Issue.record("not imported: \(outcome)")
                return
            }
            let stored = try #require(try repository.article(id: id))
            #expect(stored.title == value)
            #expect(stored.author == value)
            #expect(stored.tags == [value])
            #expect(stored.sourcePath == "/in/\(value).txt")
            #expect(try repository.articles(matching: filter).map(\.id) == [id])
            if let query = try? FTSQuery(userText: value) {
                _ = try repository.search(SearchQuery(text: query, filter: filter))
            }
            for table in [ExportTable.articles, .sections, .claims] {
                try repository.export(table, filter: filter, to: try CSVWriter(sink: sink))
            }
            #expect(try repository.delete([id]) == 1)
        }
        #expect(!traced.isEmpty)
        for statement in traced {
            #expect(!statement.contains(value), "user text inside SQL: \(statement)")
        }
        // Every table is still there with the data it had.
        #expect(try repository.statistics().articles == 2)
        #expect(try ReliabilityFixtures.count("section", in: repository) == 6)
        #expect(repository.check().isHealthy)
    }

    @Test(arguments: hostile)
    func hostileSearchTextIsOnlyEverWords(value: String) throws {
        let repository = try ReliabilityFixtures.repository(articles: 3)
        guard let query = try? FTSQuery(userText: value) else { return }
        // Each term is one quoted FTS5 string: no operator, column filter or prefix can survive.
        for term in query.terms {
            #expect(term.words.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber } })
        }
        #expect(try repository.search(SearchQuery(text: query)).total >= 0)
        #expect(try repository.statistics().articles == 3)
    }
}
