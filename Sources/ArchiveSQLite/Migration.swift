/// One numbered schema change: `migrations/NNNN_name.sql`. The number is the schema version it produces.
public struct Migration: Sendable {
    public let version: Int
    public let name: String
    public let sql: String

    /// A line a migration carries to run with foreign keys off: SQLite's way of rebuilding a table (create the new
    /// one, copy, drop the old, rename) would otherwise cascade the drop to the rows that refer to the old table.
    public static let foreignKeysOffDirective = "-- migrator: foreign keys off"

    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }

    /// Whether the script asks to run with foreign keys off (`foreignKeysOffDirective` on a line of its own).
    public var runsWithForeignKeysOff: Bool {
        sql.split(separator: "\n").contains { $0.drop(while: \.isWhitespace) == Self.foreignKeysOffDirective }
    }
}
