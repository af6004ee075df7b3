import ArchiveSQLite
import Testing

@testable import ArchiveRepository

/// Migration 0008 rebuilds the claim table with CHECK constraints SQLite evaluates without a temporary b-tree per
/// row; an archive from schema 7 keeps every claim and actor row, and the constraints still hold.
@Suite struct ClaimChecksMigrationTests {
    static let insertPlanSQL = """
        EXPLAIN INSERT INTO claim (article_id, section_id, sentence_index, start_offset, end_offset, text, lang, kind,
            kinds_json, hedging, cues_json, actors_json, numbers_json, checkworthiness, extractor_version)
        VALUES (1, 65536, 9, 0, 1, 'x', 'fr', 'factual', '[]', 'asserted', '[]', '[]', '[]', 0.5, 'test')
        """

    static func temporaryTables(inInsertPlanOf database: Database) throws -> Int {
        try database.fetchAll(insertPlanSQL) { try $0.string(1) }.filter { $0 == "OpenEphemeral" }.count
    }

    static func claimInsert(
        kind: String, attribution: String?
    ) -> (sql: String, arguments: [any SQLValueConvertible]) {
        (
            """
            INSERT INTO claim (article_id, section_id, sentence_index, start_offset, end_offset, text, lang, kind,
                kinds_json, hedging, cues_json, attribution_type, actors_json, numbers_json, checkworthiness,
                extractor_version)
            VALUES (1, 65536, 9, 0, 1, 'x', 'fr', ?, '[]', 'asserted', '[]', ?, '[]', '[]', 0.5, 'test')
            """, [kind, attribution]
        )
    }

    @Test func upgradingFromSchema7KeepsClaimsAndActorsAndTheirConstraints() throws {
        let path = TemporaryArchive.path("claim-checks")
        defer { TemporaryArchive.remove(path) }
        let claimsSQL = "SELECT * FROM claim ORDER BY id"
        let row: (Row) throws -> [String] = { row in (0..<row.count).map { "\(row.value($0))" } }
        var claims: [[String]] = []
        var actors = 0
        do {
            let fixture = try ClaimSearchTests.fixture(path: path)
            let database = fixture.repository.database
            claims = try database.fetchAll(claimsSQL, decode: row)
            actors = try database.fetchOne("SELECT count(*) FROM claim_actor") { try $0.int(0) } ?? 0
            #expect(try Self.temporaryTables(inInsertPlanOf: database) == 0)
            try database.execute("PRAGMA user_version = 7")
            try SchemaRollback.undoClaimChecksWithoutLists(on: database)
            // What schema 7 did: a temporary b-tree for each of the three lists, for every row inserted.
            #expect(try Self.temporaryTables(inInsertPlanOf: database) == 3)
        }
        let repository = try ArticleRepository(path: path)
        let database = repository.database
        #expect(repository.schemaVersion == Schema.latestVersion)
        #expect(try Self.temporaryTables(inInsertPlanOf: database) == 0)
        #expect(claims.count == 4)
        #expect(actors > 0)
        #expect(try database.fetchAll(claimsSQL, decode: row) == claims)
        #expect(try database.fetchOne("SELECT count(*) FROM claim_actor") { try $0.int(0) } == actors)
        #expect(try database.fetchOne("PRAGMA foreign_keys") { try $0.int(0) } == 1)
        #expect(repository.check().isHealthy, "\(repository.check().problems)")

        // The constraints still refuse what the lists refused, and a claim without attribution passes.
        for (kind, attribution) in [("rumour", nil), ("factual", "someone")] as [(String, String?)] {
            let insert = Self.claimInsert(kind: kind, attribution: attribution)
            let error = try #require(throws: SQLiteError.self) { try database.execute(insert.sql, insert.arguments) }
            #expect(error.isConstraintViolation, "\(error)")
        }
        let accepted = Self.claimInsert(kind: "opinion", attribution: nil)
        try database.execute(accepted.sql, accepted.arguments)
        // Deleting an article still cascades to its claims and their actors through the rebuilt table.
        try database.execute("DELETE FROM article WHERE id = 1")
        #expect(try database.fetchOne("SELECT count(*) FROM claim WHERE article_id = 1") { try $0.int(0) } == 0)
        #expect(try database.fetchOne("SELECT count(*) FROM claim_actor WHERE article_id = 1") { try $0.int(0) } == 0)
    }
}
