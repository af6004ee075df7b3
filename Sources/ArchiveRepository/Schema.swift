import ArchiveSQLite

/// The archive's schema: the numbered files in `migrations/`, embedded at build time.
public enum Schema {
    /// A file whose name does not start with its number gets version 0, which the migrator refuses.
    public static let migrations: [Migration] = EmbeddedMigrations.files.map { file in
        Migration(version: Int(file.name.prefix { $0.isNumber }) ?? 0, name: file.name, sql: file.contents)
    }

    public static var latestVersion: Int { migrations.map(\.version).max() ?? 0 }

    static func migrate(_ database: Database) throws {
        try Migrator(migrations: migrations).migrate(database)
    }
}
