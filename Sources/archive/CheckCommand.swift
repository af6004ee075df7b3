import ArchiveRepository
import ArgumentParser
import FoundationEssentials
import Glibc

extension Archive {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract:
                "Check the archive for damage: file integrity, the full-text index, orphan rows, claim word spans, "
                + "schema version.",
            discussion: """
                Prints a one-line summary and exits with 0 when everything is consistent; prints each problem and \
                exits with 1 otherwise. It only reads: nothing is repaired.
                """)

        @OptionGroup var global: GlobalOptions

        func run() throws {
            let path = global.databasePath
            guard FileManager.default.fileExists(atPath: path) else {
                throw ArchiveError("There is no archive at '\(path)'; check --db or \u{24}ARCHIVE_DB.")
            }
            let repository: ArticleRepository
            do {
                // A writable archive is opened for writing only because FTS5 runs its own check as an INSERT.
                repository = try ArticleRepository(path: path, readOnly: access(path, W_OK) != 0)
            } catch {
                print("'\(path)' cannot be checked: \(error)")
                throw ExitCode.failure
            }
            let report = repository.check()
            print(report.text(path: path))
            if !report.isHealthy { throw ExitCode.failure }
        }
    }
}
