import ArchiveDomain

/// Prints extracted units: JSON in the evaluation contract (../shared/eval/README.md), or a readable line.
enum UnitPrinter {
    static func json(_ lineUnit: LineUnit, file: String, language: Language) -> String {
        let unit = lineUnit.unit
        var json = JSONText()
        json.beginObject()
        json.field("file", file)
        json.field("line", lineUnit.line)
        json.field("start", unit.start)
        json.field("end", unit.end)
        json.field("text", unit.text)
        json.field("lang", language.rawValue)
        json.field("unit", unit.type.rawValue)
        json.field("block", lineUnit.block.rawValue)
        json.field("is_claim", unit.isClaim)
        if let claim = unit.claim {
            claim.writeFields(into: &json)
            json.field("extractor_version", ClaimExtractor.version)
        }
        json.endObject()
        return json.text
    }

    static func tableLine(_ lineUnit: LineUnit) -> String {
        let unit = lineUnit.unit
        var text = "\(lineUnit.line):\(unit.start)-\(unit.end)  \(unit.type.rawValue)"
        if let claim = unit.claim {
            text += " \(claim.kind.rawValue) \(claim.hedging.rawValue)"
            if !claim.cues.isEmpty { text += " cues=" + claim.cues.map(\.text).joined(separator: "|") }
            if let attribution = claim.attribution { text += " source=\(attribution.source)" }
        }
        return text + "\n    " + unit.text
    }
}
