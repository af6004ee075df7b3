import ArchiveRepository
import ArgumentParser

/// Options every command that touches the archive accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive database file.", valueName: "path"))
    var db: String?

    /// --db, else $ARCHIVE_DB, else $XDG_DATA_HOME/archive/archive.sqlite, else ~/.local/share/archive/archive.sqlite.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let path = Environment.value("ARCHIVE_DB") { return path }
        let dataHome = Environment.value("XDG_DATA_HOME") ?? ((Environment.value("HOME") ?? "/") + "/.local/share")
        return dataHome + "/archive/archive.sqlite"
    }

    func openRepository(readOnly: Bool = false) throws -> ArticleRepository {
        try ArticleRepository(path: databasePath, readOnly: readOnly)
    }
}
