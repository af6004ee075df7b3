import ArchiveSQLite
import Testing

@Suite struct MigratorTests {
    let migrations = [
        Migration(version: 1, name: "0001_a", sql: "CREATE TABLE a (x INTEGER);"),
        Migration(version: 2, name: "0002_b", sql: "CREATE TABLE b (y INTEGER); INSERT INTO a VALUES (1);"),
    ]

    @Test func appliesPendingMigrationsInOrderOnce() throws {
        let database = try Database(path: ":memory:")
        let migrator = try Migrator(migrations: migrations.reversed())
        #expect(try migrator.migrate(database) == [1, 2])
        #expect(try database.userVersion == 2)
        #expect(try migrator.migrate(database) == [])
        #expect(try database.fetchOne("SELECT count(*) FROM a") { try $0.int(0) } == 1)
    }

    @Test func failingMigrationLeavesSchemaAndVersionUntouched() throws {
        let database = try Database(path: ":memory:")
        let broken =
            migrations + [
                Migration(
                    version: 3, name: "0003_broken", sql: "CREATE TABLE c (z INTEGER); INSERT INTO nowhere VALUES (1);")
            ]
        let error = try #require(throws: Migrator.Failure.self) { try Migrator(migrations: broken).migrate(database) }
        #expect("\(error)".contains("0003_broken"))
        #expect(try database.userVersion == 2)
        #expect(try database.fetchOne("SELECT count(*) FROM sqlite_schema WHERE name = 'c'") { try $0.int(0) } == 0)
    }

    @Test func refusesDatabaseNewerThanItsMigrations() throws {
        let database = try Database(path: ":memory:")
        try database.execute("PRAGMA user_version = 9")
        let error = try #require(throws: Migrator.Failure.self) {
            try Migrator(migrations: migrations).migrate(database)
        }
        guard case .databaseNewer(let found, let known) = error else {
            Issue.record("expected databaseNewer, got \(error)")
            return
        }
        #expect(found == 9)
        #expect(known == 2)
    }

    @Test func rejectsGapsInNumbering() {
        let gapped = [migrations[0], Migration(version: 3, name: "0003_c", sql: "SELECT 1;")]
        #expect(throws: Migrator.Failure.self) { try Migrator(migrations: gapped) }
    }
}
