/// Builds compact JSON text by hand: the extractor's small objects are written for every claim on import,
/// where Foundation's JSONEncoder would cost more than the analysis itself.
public struct JSONText: Sendable {
    public private(set) var text = ""
    private var needsComma: [Bool] = []

    public init() {}

    public mutating func beginObject() {
        valuePrefix()
        text += "{"
        needsComma.append(false)
    }
    public mutating func endObject() {
        text += "}"
        needsComma.removeLast()
    }
    public mutating func beginArray() {
        valuePrefix()
        text += "["
        needsComma.append(false)
    }
    public mutating func endArray() {
        text += "]"
        needsComma.removeLast()
    }

    public mutating func key(_ name: String) {
        valuePrefix()
        JSONText.appendString(name, to: &text)
        text += ":"
        // The value that follows belongs to this key: no comma before it.
        needsComma[needsComma.count - 1] = false
        pendingValueAfterKey = true
    }

    public mutating func string(_ value: String?) {
        valuePrefix()
        if let value { JSONText.appendString(value, to: &text) } else { text += "null" }
    }

    public mutating func number(_ value: Int) {
        valuePrefix()
        text += String(value)
    }

    public mutating func number(_ value: Double?) {
        valuePrefix()
        guard let value, value.isFinite else {
            text += "null"
            return
        }
        if value == value.rounded(), abs(value) < 1e15 { text += String(Int64(value)) } else { text += String(value) }
    }

    public mutating func bool(_ value: Bool) {
        valuePrefix()
        text += value ? "true" : "false"
    }
    public mutating func null() {
        valuePrefix()
        text += "null"
    }

    /// Inserts already-encoded JSON as the next value.
    public mutating func raw(_ json: String) {
        valuePrefix()
        text += json
    }

    public mutating func field(_ name: String, _ value: String?) {
        key(name)
        string(value)
    }
    public mutating func field(_ name: String, _ value: Int) {
        key(name)
        number(value)
    }
    public mutating func field(_ name: String, _ value: Double?) {
        key(name)
        number(value)
    }
    public mutating func field(_ name: String, _ value: Bool) {
        key(name)
        bool(value)
    }

    private var pendingValueAfterKey = false

    private mutating func valuePrefix() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            needsComma[needsComma.count - 1] = true
            return
        }
        guard !needsComma.isEmpty else { return }
        if needsComma[needsComma.count - 1] { text += "," }
        needsComma[needsComma.count - 1] = true
    }

    public static func appendString(_ value: String, to text: inout String) {
        text += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }

    public static func quoted(_ value: String) -> String {
        var text = ""
        appendString(value, to: &text)
        return text
    }
}
