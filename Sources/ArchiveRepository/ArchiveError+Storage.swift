import Glibc
import ArchiveSQLite
import FoundationEssentials

extension ArchiveError {
    /// A SQLite failure that escaped a command as a user sentence (locked, read-only, full disk, damaged), so no
    /// raw SQLite message reaches the user; nil for any other error, which the caller reports as it is.
    public static func fromStorageFailure(_ error: Error) -> ArchiveError? {
        guard error is SQLiteError || error is Migrator.Failure else { return nil }
        return storage(error, while: "use the archive")
    }
}

extension ArchiveError {
    /// What to tell the user when SQLite reports a full disk or an I/O error on `path`'s disk. SQLite cannot
    /// always tell the two apart (creating the shared-memory file on a full disk is an I/O error), so the free
    /// space of the folder decides.
    static func diskTrouble(near path: String) -> String {
        let folder = FileStatus.folder(of: path)
        var stats = statvfs()
        if statvfs(folder, &stats) == 0, UInt64(stats.f_bavail) * UInt64(stats.f_frsize) < 1 << 20 {
            return "the disk is full; free some space and run again."
        }
        return "the disk reported an input/output error; check the disk (and its free space) and run again."
    }
}
