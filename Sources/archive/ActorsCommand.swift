import ArchiveDomain
import ArchiveRepository
import ArgumentParser
import FoundationEssentials

extension Archive {
    struct Actors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "actors",
            abstract: "List the people, organisations and places the claims name, most named first.",
            discussion: "Follow one across the archive with: archive claims --actor NAME")

        @OptionGroup var global: GlobalOptions

        @Option(help: ArgumentHelp("Only articles in this language.", valueName: "fr|en"))
        var lang: Language?

        @Option(help: "How many actors to show.")
        var limit = 30

        @Option(help: "table, json, jsonl or csv.")
        var format: OutputFormat = .table

        func validate() throws {
            if limit < 1 { throw ValidationError("--limit must be at least 1.") }
        }

        func run() throws {
            let repository = try global.openRepository(readOnly: true)
            let actors: [ActorSummary]
            do {
                actors = try repository.actors(language: lang, limit: limit)
            } catch {
                throw ArchiveError.storage(error, while: "list actors")
            }
            switch format {
            case .table:
                if actors.isEmpty {
                    print("No actors yet: import articles (or run 'archive reanalyze' on an older archive).")
                    return
                }
                print(Terminal.dim("claims  articles  type     actor"))
                for actor in actors {
                    print(
                        TextFormat.padded(actor.claims, width: 6) + "  " + TextFormat.padded(actor.articles, width: 8)
                            + "  " + TextFormat.fitted(actor.type, width: 7) + "  " + actor.name)
                }
            case .json, .jsonl:
                let objects = actors.map { actor in
                    var json = JSONText()
                    json.beginObject()
                    json.field("name", actor.name)
                    json.field("type", actor.type)
                    json.field("claims", actor.claims)
                    json.field("articles", actor.articles)
                    json.endObject()
                    return json.text
                }
                format.printJSONObjects(objects)
            case .csv:
                let sink = OutputSink()
                let csv = try CSVWriter(sink: sink)
                try csv.writeRow(["name", "type", "claims", "articles"])
                for actor in actors {
                    try csv.writeRow([actor.name, actor.type, String(actor.claims), String(actor.articles)])
                }
                try sink.flush()
            }
        }
    }
}
