import ArchiveRepository
import ArgumentParser
import FoundationEssentials
import Glibc

@main
struct Archive: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Keep news articles in one local archive: import, search, follow claims, export.",
        discussion: """
            The archive is one SQLite file: --db PATH, else $ARCHIVE_DB, else \
            $XDG_DATA_HOME/archive/archive.sqlite (~/.local/share/archive/archive.sqlite).
            Exit status: 0 success, 1 a file or command failed, 2 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            Import.self, Search.self, Show.self, List.self, Stats.self, Export.self, Extract.self, Claims.self,
            Actors.self, Reanalyze.self, Check.self, Backup.self, Delete.self,
        ]
    )

    /// Declared here as well as in each subcommand so `archive --db PATH import …` works: options given
    /// before the subcommand name belong to the root command and are handed down.
    @OptionGroup var global: GlobalOptions

    /// Like ParsableCommand's, but a usage error exits with 2 (the Unix convention) rather than 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            // A SQLite failure no command translated still reaches the user as a sentence, never raw.
            let error = ArchiveError.fromStorageFailure(error) ?? error
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if !message.isEmpty {
                if code == .success {
                    print(message)
                } else {
                    Terminal.printError(message)
                }
            }
            Glibc.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}
