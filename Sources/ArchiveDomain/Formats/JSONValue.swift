/// A parsed JSON value that remembers where it started, so errors about an article can name its line.
indirect enum JSONValue {
    case object([(key: String, value: JSONValue)], line: Int)
    case array([JSONValue], line: Int)
    case string(String)
    /// The number as written, so it is kept exactly in metadata.
    case number(String)
    case bool(Bool)
    case null

    var stringValue: String? {
        switch self {
        case .string(let text): return text
        case .number(let text): return text
        default: return nil
        }
    }

    /// Compact JSON text of this value (for metadata kept verbatim).
    var jsonText: String {
        var json = JSONText()
        write(to: &json)
        return json.text
    }

    private func write(to json: inout JSONText) {
        switch self {
        case .object(let members, _):
            json.beginObject()
            for member in members {
                json.key(member.key)
                member.value.write(to: &json)
            }
            json.endObject()
        case .array(let items, _):
            json.beginArray()
            for item in items { item.write(to: &json) }
            json.endArray()
        case .string(let text): json.string(text)
        case .number(let text): json.raw(text)
        case .bool(let value): json.bool(value)
        case .null: json.null()
        }
    }
}
