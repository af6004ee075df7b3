import ArchiveRepository
import ArgumentParser
import Glibc

/// Options every command that touches the archive accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The archive database file.", valueName: "path"))
    var db: String?

    /// --db, else $ARCHIVE_DB, else $XDG_DATA_HOME/archive/archive.sqlite, else ~/.local/share/archive/archive.sqlite.
    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let path = Self.environment("ARCHIVE_DB") { return path }
        let dataHome = Self.environment("XDG_DATA_HOME") ?? ((Self.environment("HOME") ?? "/") + "/.local/share")
        return dataHome + "/archive/archive.sqlite"
    }

    /// A variable's value unless unset or empty; `getenv` reads one variable where `ProcessInfo` copies them all.
    private static func environment(_ name: String) -> String? {
        guard let value = getenv(name), value.pointee != 0 else { return nil }
        return String(cString: value)
    }

    func openRepository(readOnly: Bool = false) throws -> ArticleRepository {
        try ArticleRepository(path: databasePath, readOnly: readOnly)
    }
}
