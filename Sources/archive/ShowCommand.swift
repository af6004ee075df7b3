import ArchiveDomain
import ArchiveRepository
import ArgumentParser

extension Archive {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one article: its details, sections and claims.")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The article's id (as search and list print it).")
        var id: Int64

        @Flag(help: "Leave out the claims.")
        var noClaims = false

        func run() throws {
            let repository = try global.openRepository(readOnly: true)
            // One snapshot for the article, its sections and its claims, so a concurrent import never mixes two versions.
            let (found, sections, claims) = try repository.reading {
                (
                    try repository.article(id: ArticleID(id)), try repository.sections(of: ArticleID(id)),
                    noClaims ? [] : try repository.claims(of: ArticleID(id))
                )
            }
            guard let article = found else {
                throw ArchiveError("There is no article \(id); 'archive list' shows the ids.")
            }
            print(article.title)
            print(
                Terminal.dim(
                    "id \(article.id) · \(article.published ?? "no date") · \(article.language.rawValue) · \(article.wordCount) words · \(article.sourcePath)"
                ))
            if let url = article.url { print(Terminal.dim("url \(url)")) }
            if let author = article.author { print(Terminal.dim("by \(author)")) }
            if !article.tags.isEmpty { print(Terminal.dim("tags \(article.tags.joined(separator: ", "))")) }
            for stored in sections {
                print()
                if let heading = stored.section.heading { print("## \(heading)") }
                print(stored.section.text)
            }
            guard !noClaims else { return }
            print()
            print("Claims (\(claims.count))")
            for claim in claims {
                var tags = [claim.analysis.kind.rawValue, claim.analysis.hedging.rawValue]
                if let attribution = claim.analysis.attribution { tags.append("source: \(attribution.source)") }
                print("- \(claim.text) " + Terminal.dim("[\(tags.joined(separator: ", "))]"))
            }
        }
    }
}
