import ArchiveRepository
import ArgumentParser
import FoundationEssentials

/// Options every command that touches the archive accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive database file.", valueName: "path"))
    var db: String?

    /// --db, else $ARCHIVE_DB, else $XDG_DATA_HOME/archive/archive.sqlite, else ~/.local/share/archive/archive.sqlite.
    var databasePath: String {
        let environment = ProcessInfo.processInfo.environment
        if let db, !db.isEmpty { return db }
        if let path = environment["ARCHIVE_DB"], !path.isEmpty { return path }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/") + "/.local/share")
        return dataHome + "/archive/archive.sqlite"
    }

    func openRepository(readOnly: Bool = false) throws -> ArticleRepository {
        try ArticleRepository(path: databasePath, readOnly: readOnly)
    }
}
