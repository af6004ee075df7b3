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
        guard migrations.contains(where: { $0.version > current }) else { return applied }
        // Foreign keys are off while migrations run, as SQLite's procedure for rebuilding a table asks: dropping
        // the old table would otherwise delete (cascade) the rows that refer to it. They cannot change inside a
        // transaction, so this happens around each one, and each migration checks them before it commits.
        let foreignKeys = try database.fetchOne("PRAGMA foreign_keys") { try $0.int(0) } == 1
        if foreignKeys { try database.execute("PRAGMA foreign_keys = OFF") }
        defer { if foreignKeys { try? database.execute("PRAGMA foreign_keys = ON") } }
        for migration in migrations where migration.version > current {
            do {
                // user_version is transactional: a failing script leaves schema and version untouched.
                // Re-read the version under the write lock: another process may have migrated meanwhile.
                let ran = try database.transaction {
                    guard try database.userVersion < migration.version else { return false }
                    try database.execute(migration.sql)
                    if foreignKeys, let table = try database.fetchOne("PRAGMA foreign_key_check", decode: {
                        try $0.string(0)
                    }) {
                        throw SQLiteError(
                            extendedCode: SQLITE_CONSTRAINT | (3 << 8),  // SQLITE_CONSTRAINT_FOREIGNKEY
                            message: "rows of \(table) refer to rows the migration removed", sql: migration.sql)
                    }
                    try database.execute("PRAGMA user_version = \(migration.version)")
                    return true
                }
                if !ran { continue }
            } catch let error as SQLiteError {
                throw Failure.failed(migration: migration.name, underlying: error)
            }
            applied.append(migration.version)
        }
        return applied
    }
}
