import ArchiveRepository
import ArgumentParser
import FoundationEssentials

extension Archive {
    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "backup",
            abstract: "Copy the archive to FILE: one consistent snapshot, safe while another process imports.",
            discussion: """
                The copy is compacted and checked before it takes FILE's name, so FILE is either the whole \
                backup or untouched. Restore by using the copy as --db.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Where to write the copy.", valueName: "file"))
        var file: String

        @Flag(help: "Replace FILE when it already exists.")
        var force = false

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            if file.isEmpty { throw ValidationError("Give the file to write the backup to.") }
        }

        func run() throws {
            let repository = try global.openRepository(readOnly: true)
            try repository.backup(to: file, replacing: force)
            guard !quiet else { return }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let statistics = try? ArticleRepository(path: file, readOnly: true).statistics()
            let articles = statistics.map { "\($0.articles) articles, " } ?? ""
            print("Backed up '\(repository.path)' to '\(file)' (\(articles)\(bytes / 1024) KiB).")
        }
    }
}
