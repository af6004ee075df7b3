extension ClaimAnalysis {
    /// Writes the analysis as fields of the JSON object being built (kind, kinds, hedging, cues, vague,
    /// attribution, actors, numbers, checkworthiness): one layout for `extract` and `claims --format json`.
    public func writeFields(into json: inout JSONText) {
        json.field("kind", kind.rawValue)
        json.key("kinds")
        json.raw(kindsJSON)
        json.field("hedging", hedging.rawValue)
        json.key("cues")
        json.raw(cuesJSON)
        json.field("vague", vague)
        json.key("attribution")
        json.raw(attributionJSON)
        json.key("actors")
        json.raw(actorsJSON)
        json.key("numbers")
        json.raw(numbersJSON)
        json.field("checkworthiness", checkworthiness)
    }

    public var kindsJSON: String { Self.array(kinds) { $0.string($1.rawValue) } }

    public var cuesJSON: String {
        Self.array(cues) { json, cue in
            json.beginObject()
            json.field("text", cue.text)
            json.field("start", cue.start)
            json.field("end", cue.end)
            json.field("class", cue.cueClass)
            json.field("strength", cue.strength)
            json.endObject()
        }
    }

    public var actorsJSON: String {
        Self.array(actors) { json, actor in
            json.beginObject()
            json.field("text", actor.text)
            json.field("start", actor.start)
            json.field("end", actor.end)
            json.field("type", actor.type)
            json.field("norm", actor.norm)
            json.endObject()
        }
    }

    public var numbersJSON: String {
        Self.array(numbers) { json, number in
            json.beginObject()
            json.field("text", number.text)
            json.field("start", number.start)
            json.field("end", number.end)
            json.field("value", number.value)
            json.field("unit", number.unit)
            json.field("kind", number.kind)
            json.field("approx", number.approx)
            json.endObject()
        }
    }

    public var attributionJSON: String {
        guard let attribution else { return "null" }
        var json = JSONText()
        json.beginObject()
        json.field("source", attribution.source)
        json.field("type", attribution.type.rawValue)
        json.field("cue", attribution.cue)
        json.field("start", attribution.start)
        json.field("end", attribution.end)
        json.endObject()
        return json.text
    }

    private static func array<T>(_ items: [T], _ write: (inout JSONText, T) -> Void) -> String {
        var json = JSONText()
        json.beginArray()
        for item in items { write(&json, item) }
        json.endArray()
        return json.text
    }
}
