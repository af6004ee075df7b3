import ArchiveDomain
import ArchiveRepository
import FoundationEssentials

/// Prints claims as a table for people (matched words bold, hedging cues underlined on a terminal) or as
/// JSON/CSV with every field for scripts.
struct ClaimPrinter {
    let format: OutputFormat

    func print(_ hits: [ClaimHit], query: String) throws {
        switch format {
        case .table:
            if hits.isEmpty {
                Swift.print("No claim matches.")
                return
            }
            let words = Set(
                query.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { ActorName.folded(String($0)) })
            for hit in hits {
                let claim = hit.claim
                let date = hit.published.map { String($0.prefix(10)) } ?? "----------"
                var tags = [claim.analysis.kind.rawValue, claim.analysis.hedging.rawValue]
                if let attribution = claim.analysis.attribution {
                    tags.append("source: \(attribution.source) (\(attribution.type.rawValue))")
                }
                Swift.print("\(date)  \(hit.articleTitle) " + Terminal.dim("[article \(claim.articleID)]"))
                Swift.print("    " + highlighted(claim, words: words))
                Swift.print("    " + Terminal.dim(tags.joined(separator: " · ")))
            }
        case .json, .jsonl:
            let objects = hits.map(json)
            format.printJSONObjects(objects)
        case .csv:
            let sink = OutputSink()
            let csv = try CSVWriter(sink: sink)
            try csv.writeRow([
                "claim_id", "article_id", "published", "title", "text", "kind", "kinds", "hedging", "cues", "source",
                "source_type", "actors", "numbers", "checkworthiness",
            ])
            for hit in hits {
                let analysis = hit.claim.analysis
                try csv.writeRow([
                    String(hit.claim.id), String(hit.claim.articleID.rawValue), hit.published, hit.articleTitle,
                    hit.claim.text, analysis.kind.rawValue, analysis.kinds.map(\.rawValue).joined(separator: ";"),
                    analysis.hedging.rawValue,
                    analysis.cues.map { "\($0.text) (\($0.cueClass))" }.joined(separator: "; "),
                    analysis.attribution?.source, analysis.attribution?.type.rawValue,
                    analysis.actors.map { "\($0.norm) (\($0.type))" }.joined(separator: "; "),
                    analysis.numbers.map { "\($0.text) (\($0.kind))" }.joined(separator: "; "),
                    String(analysis.checkworthiness),
                ])
            }
            try sink.flush()
        }
    }

    /// The claim text with hedging cues underlined and query words bold, when standard output is a terminal.
    private func highlighted(_ claim: Claim, words: Set<String>) -> String {
        guard Terminal.isInteractive else { return claim.text }
        let scalars = Array(claim.text.unicodeScalars)
        var marks = [UInt8](repeating: 0, count: scalars.count)  // 1 cue, 2 query word
        for cue in claim.analysis.cues where cue.strength == "strong" {
            let start = max(0, cue.start - claim.start)
            let end = min(scalars.count, cue.end - claim.start)
            if start < end { for index in start..<end { marks[index] |= 1 } }
        }
        if !words.isEmpty {
            var index = 0
            while index < scalars.count {
                guard scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil else {
                    index += 1
                    continue
                }
                var end = index
                while end < scalars.count,
                    scalars[end].properties.isAlphabetic || scalars[end].properties.numericType != nil
                {
                    end += 1
                }
                var word = String.UnicodeScalarView()
                word.append(contentsOf: scalars[index..<end])
                if words.contains(ActorName.folded(String(word))) { for i in index..<end { marks[i] |= 2 } }
                index = end
            }
        }
        var output = ""
        var current: UInt8 = 0
        for (index, scalar) in scalars.enumerated() {
            if marks[index] != current {
                output += "\u{1B}[0m"
                if marks[index] & 2 != 0 { output += "\u{1B}[1m" }
                if marks[index] & 1 != 0 { output += "\u{1B}[4m" }
                current = marks[index]
            }
            output.unicodeScalars.append(scalar)
        }
        if current != 0 { output += "\u{1B}[0m" }
        return output
    }

    private func json(_ hit: ClaimHit) -> String {
        let claim = hit.claim
        let analysis = claim.analysis
        var json = JSONText()
        json.beginObject()
        json.field("claim_id", Int(claim.id))
        json.field("article_id", Int(claim.articleID.rawValue))
        json.field("published", hit.published)
        json.field("title", hit.articleTitle)
        json.field("lang", claim.language.rawValue)
        json.field("section_id", Int(claim.sectionID))
        json.field("start", claim.start)
        json.field("end", claim.end)
        json.field("text", claim.text)
        analysis.writeFields(into: &json)
        json.field("extractor_version", claim.extractorVersion)
        json.endObject()
        return json.text
    }
}
