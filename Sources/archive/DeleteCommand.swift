import ArchiveDomain
import ArchiveRepository
import ArgumentParser

extension Archive {
    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete",
            abstract: "Delete articles by id, with their sections, claims, tags and index entries.",
            discussion: """
                All the given articles that exist are deleted together, or none is. An id that is not in the \
                archive is reported and makes the exit status 1.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("Ids of the articles to delete (as search and list print them).", valueName: "id"))
        var ids: [Int64]

        @Flag(name: .shortAndLong, help: "Print nothing but errors.")
        var quiet = false

        func validate() throws {
            if ids.isEmpty { throw ValidationError("Give the id of at least one article to delete.") }
            if let bad = ids.first(where: { $0 <= 0 }) { throw ValidationError("'\(bad)' is not an article id.") }
        }

        func run() throws {
            let repository = try global.openRepository()
            var unique: [ArticleID] = []
            for id in ids.map(ArticleID.init) where !unique.contains(id) { unique.append(id) }
            let deleted: Int
            let missing: [ArticleID]
            do {
                let existing = try repository.existingIDs(unique)
                missing = unique.filter { !existing.contains($0) }
                deleted = try repository.delete(existing)
            } catch {
                throw ArchiveError.storage(error, while: "delete the articles")
            }
            for id in missing { Terminal.printError("Error: there is no article \(id); 'archive list' shows the ids.") }
            if !quiet { print("Deleted \(deleted) article\(deleted == 1 ? "" : "s").") }
            if !missing.isEmpty { throw ExitCode.failure }
        }
    }
}
