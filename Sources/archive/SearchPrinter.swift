import ArchiveDomain
import ArchiveRepository
import FoundationEssentials

/// Prints search results as a table for people or as JSON/CSV for scripts.
struct SearchPrinter {
    let format: OutputFormat
    var unit: SearchQuery.Unit = .articles

    func print(_ results: SearchResults, query: String, offset: Int) throws {
        switch format {
        case .table:
            let noun = unit.rawValue.dropLast()
            if results.hits.isEmpty {
                Swift.print(
                    results.total > 0 || offset > 0
                        ? "No \(noun) past \(offset) for '\(query)'."
                        : "No \(noun) matches '\(query)'.")
                return
            }
            let count = results.total == 1 ? "1 \(noun) matches" : "\(results.total) \(unit.rawValue) match"
            Swift.print(Terminal.dim("\(count); \(offset + 1)–\(offset + results.hits.count) shown"))
            for hit in results.hits {
                Swift.print(
                    "\(hit.articleID)  \(hit.published.map { String($0.prefix(10)) } ?? "----------")  \(hit.title)")
                if let heading = hit.heading { Swift.print("    § \(heading)") }
                Swift.print("    " + Terminal.highlightedLine(hit.snippet))
            }
        case .json, .jsonl:
            let objects = results.hits.map(jsonObject)
            if format == .jsonl {
                for object in objects { Swift.print(object) }
            } else {
                Swift.print("{\"total\":\(results.total),\"hits\":[" + objects.joined(separator: ",") + "]}")
            }
        case .csv:
            let sink = OutputSink()
            let csv = try CSVWriter(sink: sink)
            try csv.writeRow([
                "id", "published", "lang", "title", "section_id", "heading", "claim_id", "snippet", "score",
            ])
            for hit in results.hits {
                try csv.writeRow([
                    String(hit.articleID.rawValue), hit.published, hit.language.rawValue, hit.title,
                    String(hit.sectionID), hit.heading, hit.claimID.map(String.init), plainSnippet(hit).text,
                    String(hit.score),
                ])
            }
            try sink.flush()
        }
    }

    private func jsonObject(_ hit: SearchHit) -> String {
        let (snippet, matches) = plainSnippet(hit)
        var json = JSONText()
        json.beginObject()
        json.field("id", Int(hit.articleID.rawValue))
        json.field("published", hit.published)
        json.field("lang", hit.language.rawValue)
        json.field("title", hit.title)
        json.field("section_id", Int(hit.sectionID))
        json.field("heading", hit.heading)
        if let claimID = hit.claimID { json.field("claim_id", Int(claimID)) }
        json.field("snippet", snippet)
        json.key("matches")
        json.beginArray()
        for match in matches {
            json.beginArray()
            json.number(match.lowerBound)
            json.number(match.upperBound)
            json.endArray()
        }
        json.endArray()
        json.field("score", hit.score)
        json.endObject()
        return json.text
    }

    /// The snippet without marks, and the code-point ranges of the matched words in it.
    private func plainSnippet(_ hit: SearchHit) -> (text: String, matches: [Range<Int>]) {
        var text = String.UnicodeScalarView()
        var matches: [Range<Int>] = []
        var start = 0
        var count = 0
        let open = SearchHit.matchStart.unicodeScalars.first!
        let close = SearchHit.matchEnd.unicodeScalars.first!
        for scalar in hit.snippet.unicodeScalars {
            if scalar == open {
                start = count
            } else if scalar == close {
                matches.append(start..<count)
            } else {
                text.append(scalar)
                count += 1
            }
        }
        return (String(text), matches)
    }
}
