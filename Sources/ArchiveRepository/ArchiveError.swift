import ArchiveDomain
import ArchiveSQLite

/// A failure told to the user in one sentence: what went wrong, with which input, and what to do.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public let description: String
    /// The SQLite failure behind this error, for `--verbose` output; never shown by default.
    public let underlying: SQLiteError?

    public init(_ description: String, underlying: SQLiteError? = nil) {
        self.description = description
        self.underlying = underlying
    }

    static func cannotOpen(_ path: String, _ error: Error) -> ArchiveError {
        if let migration = error as? Migrator.Failure {
            switch migration {
            case .databaseNewer(let databaseVersion, let latestKnown):
                return ArchiveError(
                    "Archive '\(path)' has schema version \(databaseVersion), newer than this build of archive "
                        + "knows (\(latestKnown)); use a newer archive binary.")
            case .badNumbering, .failed:
                return ArchiveError("Could not prepare archive '\(path)': \(migration).")
            }
        }
        guard let sqlite = error as? SQLiteError else {
            return ArchiveError("Could not open archive '\(path)': \(error).")
        }
        if sqlite.isCorrupt {
            return ArchiveError(
                "Archive '\(path)' is damaged or not an archive database; restore it from a backup.", underlying: sqlite
            )
        }
        if sqlite.isReadOnly {
            return ArchiveError(
                "Archive '\(path)' is read-only; check the file's permissions or use --db with a writable path.",
                underlying: sqlite)
        }
        if sqlite.isDiskFull || sqlite.code == 10 {
            return ArchiveError("Could not open archive '\(path)': \(diskTrouble(near: path))", underlying: sqlite)
        }
        return ArchiveError("Could not open archive '\(path)': \(sqlite.message).", underlying: sqlite)
    }

    /// Turns a storage failure during `action` into a user sentence.
    public static func storage(_ error: Error, while action: String) -> ArchiveError {
        if let archive = error as? ArchiveError { return archive }
        guard let sqlite = error as? SQLiteError else { return ArchiveError("Could not \(action): \(error).") }
        if sqlite.isDiskFull {
            return ArchiveError(
                "Could not \(action): the disk is full; free some space and run again.", underlying: sqlite)
        }
        if sqlite.isReadOnly {
            return ArchiveError("Could not \(action): the archive is read-only.", underlying: sqlite)
        }
        if sqlite.isBusy {
            return ArchiveError(
                "Could not \(action): the archive stayed locked by another process; try again.", underlying: sqlite)
        }
        if sqlite.isCorrupt {
            return ArchiveError("Could not \(action): the archive is damaged; run 'archive check'.", underlying: sqlite)
        }
        // A query the tokenizer refused because Snowball could not be loaded.
        if sqlite.isGenericError, let problem = SearchTokenizer.missingLibraryProblem {
            return ArchiveError("Could not \(action): \(problem).", underlying: sqlite)
        }
        return ArchiveError("Could not \(action): \(sqlite.message).", underlying: sqlite)
    }
}
