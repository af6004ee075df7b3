import ArchiveDomain
import ArchiveRepository
import ArgumentParser
import Foundation

extension Archive {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Search the articles; best matches first.",
            discussion: """
                Every word must appear (in any case, with or without accents). Punctuation is ignored, so \
                l'IA, open-source, C++ or "10 %" search for their words.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "What to search for.")
        var query: [String]

        @Option(help: "How many articles to show.")
        var limit = 10

        @Option(help: "Skip this many articles first (for paging).")
        var offset = 0

        @OptionGroup var filters: FilterOptions

        @Option(help: "table, json, jsonl or csv.")
        var format: OutputFormat = .table

        func validate() throws {
            if query.joined().trimmingCharacters(in: .whitespaces).isEmpty {
                throw ValidationError("Give something to search for.")
            }
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
            if offset < 0 { throw ValidationError("--offset cannot be negative.") }
        }

        func run() throws {
            let text = query.joined(separator: " ")
            guard let ftsQuery = FTSQuery(userText: text) else {
                throw ArchiveError("'\(text)' has no letters or digits to search for; try a word.")
            }
            let repository = try global.openRepository(readOnly: true)
            let results: SearchResults
            do {
                results = try repository.search(
                    SearchQuery(text: ftsQuery, filter: filters.filter, limit: limit, offset: offset))
            } catch {
                throw ArchiveError.storage(error, while: "search")
            }
            try SearchPrinter(format: format).print(results, query: text, offset: offset)
        }
    }
}
