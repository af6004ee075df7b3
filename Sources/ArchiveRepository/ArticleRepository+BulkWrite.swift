import ArchiveSQLite

extension ArticleRepository {
    /// Runs a large import with the connection tuned for it, then restores the connection's settings.
    ///
    /// Measured on a fresh import of 3,000 articles (syscall counts): SQLite's default 2 MB page cache re-read
    /// index pages from the OS 131k times and a checkpoint every 1,000 WAL pages rewrote hot pages over and over
    /// (174k page writes for a 57 MB file, 53 fsyncs); with a 24–32 MB cache and a checkpoint every 10,000 pages,
    /// about 20k reads, 70–90k writes and 11–14 fsyncs. The cache is sized with the importer's batches to stay
    /// well inside the 200 MB memory budget. Those checkpoints run mostly on a thread of their own
    /// (`BackgroundCheckpointer`): interleaved 30k-article imports took a median 0.92–0.95× the time of
    /// checkpointing in the writer's commits (26 pairs, 23 faster). The WAL can grow to ~180 MB meanwhile; a
    /// passive checkpoint at the end folds it back without waiting for readers.
    public func withBulkWriteSettings<T>(_ body: () throws -> T) throws -> T {
        let cacheSize = try database.fetchOne("PRAGMA cache_size") { try $0.int(0) } ?? -2000
        let autocheckpoint = try database.fetchOne("PRAGMA wal_autocheckpoint") { try $0.int(0) } ?? 1000
        try database.execute("PRAGMA cache_size = -24576")
        let checkpointer = BackgroundCheckpointer(writer: database, pages: 10000)
        defer {
            checkpointer.stop()
            try? database.execute("PRAGMA cache_size = \(cacheSize)")
            try? database.execute("PRAGMA wal_autocheckpoint = \(autocheckpoint)")
            _ = try? database.fetchOne("PRAGMA wal_checkpoint(PASSIVE)") { try $0.int(0) }
        }
        return try body()
    }
}
