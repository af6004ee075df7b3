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

    /// Version 1 of the foreign-key tests: `parent` rows with these ids, `child` rows referring to these (deletes
    /// cascade).
    static func parentsAndChildren(parents: [Int], children: [Int]) -> Migration {
        Migration(
            version: 1, name: "0001_tables",
            sql: """
                CREATE TABLE parent (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind IN ('a', 'b', 'c')));
                CREATE TABLE child (parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE);
                INSERT INTO parent (id, kind) VALUES \(parents.map { "(\($0), 'a')" }.joined(separator: ", "));
                INSERT INTO child VALUES \(children.map { "(\($0))" }.joined(separator: ", "));
                """)
    }

    /// Version 2: `parent` rebuilt with another constraint, as SQLite changes one (create, copy, drop, rename).
    static let rebuildParent = Migration(
        version: 2, name: "0002_rebuild",
        sql: """
            -- migrator: foreign keys off
            CREATE TABLE parent_rebuilt (id INTEGER PRIMARY KEY, kind TEXT CHECK (kind = 'a' OR kind = 'b'));
            INSERT INTO parent_rebuilt SELECT id, kind FROM parent;
            DROP TABLE parent;
            ALTER TABLE parent_rebuilt RENAME TO parent;
            """)

    static func count(_ table: String, in database: Database) throws -> Int? {
        try database.fetchOne("SELECT count(*) FROM \(table)") { try $0.int(0) }
    }

    static func foreignKeysAreOn(_ database: Database) throws -> Bool {
        try database.fetchOne("PRAGMA foreign_keys") { try $0.int(0) } == 1
    }

    /// SQLite's way to change a constraint is to rebuild the table; with foreign keys on, dropping the old table
    /// would cascade to the rows that refer to it. The migrator runs migrations with them off.
    @Test func rebuildingAReferencedTableKeepsTheRowsThatReferToIt() throws {
        let database = try Database(path: ":memory:")
        let schema = [Self.parentsAndChildren(parents: [1, 2], children: [1, 2, 2]), Self.rebuildParent]
        #expect(try Migrator(migrations: schema).migrate(database) == [1, 2])
        #expect(try Self.count("child", in: database) == 3)
        #expect(try Self.foreignKeysAreOn(database))
        // The references point at the new table, which cascades as the old one did.
        try database.execute("DELETE FROM parent WHERE id = 2")
        #expect(try Self.count("child", in: database) == 1)
    }

    @Test func aMigrationThatLeavesDanglingReferencesIsRolledBack() throws {
        let database = try Database(path: ":memory:")
        let schema = [
            Self.parentsAndChildren(parents: [1], children: [1]),
            Migration(version: 2, name: "0002_orphans", sql: "-- migrator: foreign keys off\nDELETE FROM parent;"),
        ]
        let error = try #require(throws: Migrator.Failure.self) { try Migrator(migrations: schema).migrate(database) }
        #expect("\(error)".contains("0002_orphans"))
        #expect("\(error)".contains("pointing at rows it removed"))
        #expect(try database.userVersion == 1)
        #expect(try Self.count("parent", in: database) == 1)
        #expect(try Self.foreignKeysAreOn(database))
    }

    /// Rows already dangling (written with foreign keys off) do not block later migrations that rebuild tables.
    @Test func danglingRowsFromBeforeDoNotBlockARebuild() throws {
        let database = try Database(path: ":memory:")
        let schema = [Self.parentsAndChildren(parents: [1], children: [1]), Self.rebuildParent]
        #expect(try Migrator(migrations: Array(schema.prefix(1))).migrate(database) == [1])
        try database.execute("PRAGMA foreign_keys = OFF")
        try database.execute("INSERT INTO child VALUES (7)")
        try database.execute("PRAGMA foreign_keys = ON")
        #expect(try Migrator(migrations: schema).migrate(database) == [2])
        #expect(try Self.count("child", in: database) == 2)
    }

    /// Without the directive a migration runs with foreign keys as the connection has them: here on, so a delete
    /// cascades.
    @Test func otherMigrationsKeepForeignKeysOn() throws {
        let database = try Database(path: ":memory:")
        let schema = [
            Self.parentsAndChildren(parents: [1, 2], children: [1, 2]),
            Migration(version: 2, name: "0002_delete", sql: "DELETE FROM parent WHERE id = 1;"),
        ]
        #expect(try Migrator(migrations: schema).migrate(database) == [1, 2])
        #expect(try Self.count("child", in: database) == 1)
    }

    @Test func rejectsGapsInNumbering() {
        let gapped = [migrations[0], Migration(version: 3, name: "0003_c", sql: "SELECT 1;")]
        #expect(throws: Migrator.Failure.self) { try Migrator(migrations: gapped) }
    }
}
