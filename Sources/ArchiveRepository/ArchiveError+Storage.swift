import ArchiveSQLite

extension ArchiveError {
    /// A SQLite failure that escaped a command as a user sentence (locked, read-only, full disk, damaged), so no
    /// raw SQLite message reaches the user; nil for any other error, which the caller reports as it is.
    public static func fromStorageFailure(_ error: Error) -> ArchiveError? {
        guard error is SQLiteError || error is Migrator.Failure else { return nil }
        return storage(error, while: "use the archive")
    }
}
