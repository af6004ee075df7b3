import ArchiveDomain
import ArchiveRepository
import ArgumentParser
import FoundationEssentials

extension Archive {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search the articles; best matches first.",
            discussion: """
                Words match any form of the same word in French or English (publier finds publient, \
                countries finds country), in any case, with or without accents; with --lang, as words of that \
                language only. Every word must appear.
                  "exact phrase"      these words in this order, not stemmed
                  word*               words starting with this
                  a OR b              either
                  -word, NOT word     leave out articles with this word
                  NEAR(a b, 5)        a and b at most 5 words apart; a NEAR b for 10
                  ( … )               grouping
                  title:, heading:, claim:   restrict a word, phrase or group to that part
                Anything else is plain text: l'IA, open-source, C++ or "10 %" search for their words.
                """)

        @OptionGroup var global: GlobalOptions

        // All unrecognised input, so `-word` (leave out) reaches the query instead of failing as an unknown option.
        @Argument(parsing: .allUnrecognized, help: "What to search for.")
        var query: [String]

        @Option(help: "How many hits to show.")
        var limit = 10

        @Option(help: "Skip this many hits first (for paging).")
        var offset = 0

        @OptionGroup var filters: FilterOptions

        @Option(name: .customLong("in"), help: "What a hit is: articles, sections or claims.")
        var unit: SearchQuery.Unit = .articles

        @Option(help: "relevance (best first) or date (newest first).")
        var sort: SearchQuery.Order = .relevance

        @Flag(help: "Match words exactly as typed (accents and case still ignored): no stemming.")
        var exact = false

        @Option(help: "BM25 weight of a match in the title.")
        var titleWeight = SearchQuery.defaultWeights.title

        @Option(help: "BM25 weight of a match in a section heading.")
        var headingWeight = SearchQuery.defaultWeights.heading

        @Option(help: "BM25 weight of a match in the body.")
        var bodyWeight = SearchQuery.defaultWeights.body

        @Option(help: "table, json, jsonl or csv.")
        var format: OutputFormat = .table

        func validate() throws {
            if query.joined().allSatisfy({ $0.isWhitespace }) {
                throw ValidationError("Give something to search for.")
            }
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
            if offset < 0 { throw ValidationError("--offset cannot be negative.") }
            for (name, weight) in [("title", titleWeight), ("heading", headingWeight), ("body", bodyWeight)]
            where !(weight >= 0 && weight.isFinite) {
                throw ValidationError("--\(name)-weight must be a number of 0 or more.")
            }
        }

        func run() throws {
            let text = query.joined(separator: " ")
            let ftsQuery: FTSQuery
            do {
                ftsQuery = try FTSQuery(
                    userText: text, exact: exact, scope: unit == .claims ? .claims : .sections, language: filters.lang)
            } catch {
                throw ArchiveError(error.description)
            }
            let repository = try global.openRepository(readOnly: true)
            let results: SearchResults
            do {
                results = try repository.search(
                    SearchQuery(
                        text: ftsQuery, filter: filters.filter, unit: unit, order: sort, limit: limit, offset: offset,
                        weights: (titleWeight, headingWeight, bodyWeight)))
            } catch {
                throw ArchiveError.storage(error, while: "search")
            }
            try SearchPrinter(format: format, unit: unit).print(results, query: text, offset: offset)
        }
    }
}

extension SearchQuery.Unit: ExpressibleByArgument {}
extension SearchQuery.Order: ExpressibleByArgument {}
