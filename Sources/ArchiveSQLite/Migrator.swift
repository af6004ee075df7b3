import CSQLite

/// Applies numbered migrations in order, each in its own transaction, tracked with `PRAGMA user_version`.
public struct Migrator: Sendable {
    public enum Failure: Error, CustomStringConvertible, Sendable {
        /// The database was written by a newer build than this one.
        case databaseNewer(databaseVersion: Int, latestKnown: Int)
        /// Migration numbers must run 1, 2, 3… with no gap or repeat.
        case badNumbering(expected: Int, found: Int)
        case failed(migration: String, underlying: SQLiteError)

        public var description: String {
            switch self {
            case .databaseNewer(let databaseVersion, let latestKnown):
                return "schema version \(databaseVersion) is newer than this build knows (\(latestKnown))"
            case .badNumbering(let expected, let found):
                return "migrations must be numbered without gaps: expected \(expected), found \(found)"
            case .failed(let migration, let underlying):
                return "migration \(migration) failed: \(underlying)"
            }
        }
    }

    public let migrations: [Migration]

    public init(migrations: [Migration]) throws {
        let sorted = migrations.sorted { $0.version < $1.version }
        for (offset, migration) in sorted.enumerated() where migration.version != offset + 1 {
            throw Failure.badNumbering(expected: offset + 1, found: migration.version)
        }
        self.migrations = sorted
    }

    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings `database` up to the latest version; returns the versions applied.
    @discardableResult
    public func migrate(_ database: Database) throws -> [Int] {
        let current = try database.userVersion
        if current > latestVersion {
            throw Failure.databaseNewer(databaseVersion: current, latestKnown: latestVersion)
        }
        var applied: [Int] = []
        for migration in migrations where migration.version > current {
            do {
                let ran = try migration.runsWithForeignKeysOff
                    ? Self.withForeignKeysOff(database) { try apply(migration, to: database, checkingReferences: true) }
                    : apply(migration, to: database, checkingReferences: false)
                if !ran { continue }
            } catch let error as SQLiteError {
                throw Failure.failed(migration: migration.name, underlying: error)
            }
            applied.append(migration.version)
        }
        return applied
    }

    /// Runs one migration in its own transaction; false when another process applied it first. `checkingReferences`
    /// (foreign keys off): the script may not leave more rows pointing at missing rows than there were before it.
    private func apply(_ migration: Migration, to database: Database, checkingReferences: Bool) throws -> Bool {
        // user_version is transactional: a failing script leaves schema and version untouched.
        // Re-read the version under the write lock: another process may have migrated meanwhile.
        try database.transaction {
            guard try database.userVersion < migration.version else { return false }
            // Counted, not just looked for: an archive may already hold such rows (written with foreign keys off).
            let danglingBefore = checkingReferences ? try Self.danglingReferences(in: database) : 0
            try database.execute(migration.sql)
            if checkingReferences, try Self.danglingReferences(in: database) > danglingBefore {
                throw SQLiteError(
                    extendedCode: SQLITE_CONSTRAINT | (3 << 8),  // SQLITE_CONSTRAINT_FOREIGNKEY
                    message: "the migration left rows pointing at rows it removed")
            }
            try database.execute("PRAGMA user_version = \(migration.version)")
            return true
        }
    }

    /// Foreign keys cannot change inside a transaction, so they go off around the migration's own one.
    private static func withForeignKeysOff<T>(_ database: Database, _ body: () throws -> T) throws -> T {
        guard !database.isInTransaction else {
            throw SQLiteError(
                extendedCode: SQLITE_MISUSE, message: "migrations that rebuild tables cannot run inside a transaction")
        }
        let wereOn = try database.fetchOne("PRAGMA foreign_keys") { try $0.int(0) } == 1
        guard wereOn else { return try body() }
        try database.execute("PRAGMA foreign_keys = OFF")
        defer { try? database.execute("PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// How many rows have foreign keys that point at no row.
    private static func danglingReferences(in database: Database) throws -> Int {
        try database.fetchOne("SELECT count(*) FROM pragma_foreign_key_check") { try $0.int(0) } ?? 0
    }
}
