import ArchiveDomain
import ArchiveRepository
import ArgumentParser

/// `--since`, `--until`, `--lang`, `--tag`, `--author`: which articles a command covers.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only articles published on or after this date.", valueName: "YYYY[-MM[-DD]]"))
    var since: DateArgument?

    @Option(help: ArgumentHelp("Only articles published on or before this date.", valueName: "YYYY[-MM[-DD]]"))
    var until: DateArgument?

    @Option(help: ArgumentHelp("Only articles in this language.", valueName: "fr|en"))
    var lang: Language?

    @Option(help: ArgumentHelp("Only articles with this tag (exact).", valueName: "tag"))
    var tag: String?

    @Option(help: ArgumentHelp("Only articles by this author (case ignored).", valueName: "name"))
    var author: String?

    func validate() throws {
        if let since, let until, since.day > until.lastDay {
            throw ValidationError("--since \(since.day) is after --until \(until.lastDay); swap them.")
        }
    }

    var filter: ArticleFilter {
        ArticleFilter(since: since?.day, until: until?.lastDay, language: lang, tag: tag, author: author)
    }
}

extension Language: ExpressibleByArgument {}
