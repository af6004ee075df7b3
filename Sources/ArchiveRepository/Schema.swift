import ArchiveSQLite

/// The archive's schema: the numbered files in `migrations/`, embedded at build time.
public enum Schema {
    public static let migrations: [Migration] = EmbeddedMigrations.all

    public static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    static func migrate(_ database: Database) throws {
        try Migrator(migrations: migrations).migrate(database)
    }
}
