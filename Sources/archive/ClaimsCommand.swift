import ArchiveDomain
import ArchiveRepository
import ArgumentParser

extension Archive {
    struct Claims: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims",
            abstract: "List claims: who asserts what, and how surely; filter by words, hedging, kind, actor, source.",
            discussion: """
                Every word of QUERY must appear in the claim (any case, with or without accents); without QUERY \
                the newest claims come first. --actor and --source match without accents or case \
                (etats-unis finds États-Unis). On a terminal the matched words are bold and the hedging cues \
                underlined.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "Words the claim must contain.")
        var query: [String] = []

        @Option(help: "asserted, hedged or conditional.")
        var hedging: ClaimAnalysis.Hedging?

        @Option(help: "factual, prediction, causal, comparative, quantitative or opinion (any of the claim's kinds).")
        var kind: ClaimAnalysis.Kind?

        @Option(
            help: ArgumentHelp(
                "Only claims naming this actor (canonical name, see 'archive actors').", valueName: "name"))
        var actor: String?

        @Option(help: ArgumentHelp("Only claims whose source contains this.", valueName: "name"))
        var source: String?

        @Option(help: ArgumentHelp("Only claims of this article.", valueName: "id"))
        var article: Int64?

        @OptionGroup var filters: FilterOptions

        @Option(help: ArgumentHelp("Only claims with at least this check-worthiness (0 to 1).", valueName: "x"))
        var minScore: Double?

        @Option(help: "How many claims to show.")
        var limit = 20

        @Option(help: "table, json, jsonl or csv.")
        var format: OutputFormat = .table

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
            if let minScore, !(0...1).contains(minScore) {
                throw ValidationError("--min-score must be between 0 and 1.")
            }
            if let actor, actor.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
                throw ValidationError("--actor needs a name with letters or digits.")
            }
        }

        func run() throws {
            let text = query.joined(separator: " ")
            if !text.isEmpty {
                // The search query language applies to claims too; a query that can match nothing is explained.
                do {
                    _ = try FTSQuery(userText: text, scope: .claims)
                } catch {
                    throw ArchiveError(error.description)
                }
            }
            let repository = try global.openRepository(readOnly: true)
            let filter = filters.filter
            let claimQuery = ClaimQuery(
                text: text.isEmpty ? nil : text, hedging: hedging, kind: kind, actor: actor, source: source,
                articleID: article.map(ArticleID.init), since: filter.since, until: filter.until,
                language: filter.language,
                minScore: minScore, limit: limit)
            let hits: [ClaimHit]
            do {
                hits = try repository.claims(matching: claimQuery)
            } catch {
                throw ArchiveError.storage(error, while: "list claims")
            }
            try ClaimPrinter(format: format).print(hits, query: text)
        }
    }
}

extension ClaimAnalysis.Hedging: ExpressibleByArgument {}
extension ClaimAnalysis.Kind: ExpressibleByArgument {}
