import ArchiveDomain
import ArchiveRepository
import ArgumentParser

extension Archive {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List articles, newest first.")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var filters: FilterOptions

        @Option(help: "How many articles to show (all when not given).")
        var limit: Int?

        @Option(help: "table, json, jsonl or csv.")
        var format: OutputFormat = .table

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() throws {
            let repository = try global.openRepository(readOnly: true)
            let articles = try repository.articles(matching: filters.filter, limit: limit ?? -1)
            switch format {
            case .table:
                for article in articles {
                    let date = article.published.map { String($0.prefix(10)) } ?? "----------"
                    print("\(article.id)\t\(date)\t\(article.language.rawValue)\t\(article.title)")
                }
            case .json, .jsonl:
                let objects = articles.map(json)
                format.printJSONObjects(objects)
            case .csv:
                let sink = OutputSink()
                let csv = try CSVWriter(sink: sink)
                try csv.writeRow(["id", "published", "lang", "title", "source_path", "word_count"])
                for article in articles {
                    try csv.writeRow([
                        String(article.id.rawValue), article.published, article.language.rawValue, article.title,
                        article.sourcePath, String(article.wordCount),
                    ])
                }
                try sink.flush()
            }
        }

        private func json(_ article: Article) -> String {
            var json = JSONText()
            json.beginObject()
            json.field("id", Int(article.id.rawValue))
            json.field("published", article.published)
            json.field("lang", article.language.rawValue)
            json.field("title", article.title)
            json.field("source_path", article.sourcePath)
            json.field("url", article.url)
            json.field("author", article.author)
            json.field("word_count", article.wordCount)
            json.endObject()
            return json.text
        }
    }
}
