import ArchiveSQLite

extension ArticleRepository {
    /// Indexes a large import builds once at its end instead of row by row (migration 0007): only the ones no
    /// statement of the import reads. `claim_actor` rows are written, and removed through their claim's key, without
    /// them.
    static let deferrableIndexes = ["claim_actor_folded", "claim_actor_article"]

    /// Drops the deferrable indexes, keeping their definitions in `deferred_index`, in one transaction.
    func deferIndexes() throws {
        try database.transaction {
            for name in Self.deferrableIndexes {
                guard let sql = try database.fetchOne(Self.indexDefinitionSQL, [name], decode: { try $0.string(0) })
                else { continue }
                try database.execute(Self.recordDeferredIndexSQL, [name, sql])
                try database.execute(Self.dropIndexSQL[name]!)
            }
        }
    }

    /// Builds every index a large import deferred, this one or one that was interrupted; one transaction each.
    func rebuildDeferredIndexes() throws {
        let deferred = try database.fetchAll(Self.deferredIndexesSQL) { (try $0.string(0), try $0.string(1)) }
        for (name, sql) in deferred {
            try database.transaction {
                // The definition is the one SQLite itself stored for our own index, never text from a user.
                try database.execute(sql)
                try database.execute(Self.forgetDeferredIndexSQL, [name])
            }
        }
    }

    /// Names of indexes waiting to be rebuilt (an import is running, or one was interrupted).
    func deferredIndexNames() throws -> [String] {
        try database.fetchAll(Self.deferredIndexesSQL) { try $0.string(0) }
    }

    static let indexDefinitionSQL = "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?"
    static let recordDeferredIndexSQL = "INSERT OR REPLACE INTO deferred_index (name, sql) VALUES (?, ?)"
    static let deferredIndexesSQL = "SELECT name, sql FROM deferred_index ORDER BY name"
    static let forgetDeferredIndexSQL = "DELETE FROM deferred_index WHERE name = ?"
    static let dropIndexSQL = Dictionary(
        uniqueKeysWithValues: deferrableIndexes.map { ($0, "DROP INDEX IF EXISTS \($0)") })
}
