/// Builds compact JSON text by hand: the extractor's small objects are written for every claim on import,
/// where Foundation's JSONEncoder would cost more than the analysis itself.
///
/// Bytes, not a String: appending to a String scalar by scalar cost the import's preparing threads about a tenth
/// of their instructions (callgrind, 1,000 articles); runs of bytes that need no escaping are copied whole.
public struct JSONText: Sendable {
    private var bytes: [UInt8] = []
    /// One bit per open object or array, innermost lowest: whether its next value needs a comma first.
    private var needsComma: UInt64 = 0
    private var depth = 0
    private var pendingValueAfterKey = false

    public init() {
        bytes.reserveCapacity(256)
    }

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func beginObject() {
        valuePrefix()
        open(0x7B)  // {
    }
    public mutating func endObject() {
        close(0x7D)  // }
    }
    public mutating func beginArray() {
        valuePrefix()
        open(0x5B)  // [
    }
    public mutating func endArray() {
        close(0x5D)  // ]
    }

    public mutating func key(_ name: String) {
        valuePrefix()
        JSONText.appendString(name, to: &bytes)
        bytes.append(0x3A)  // :
        // The value that follows belongs to this key: no comma before it.
        pendingValueAfterKey = true
    }

    public mutating func string(_ value: String?) {
        valuePrefix()
        if let value { JSONText.appendString(value, to: &bytes) } else { append("null") }
    }

    public mutating func number(_ value: Int) {
        valuePrefix()
        appendInteger(Int64(value))
    }

    public mutating func number(_ value: Double?) {
        valuePrefix()
        guard let value, value.isFinite else {
            append("null")
            return
        }
        if value == value.rounded(), abs(value) < 1e15 { appendInteger(Int64(value)) } else { append(String(value)) }
    }

    public mutating func bool(_ value: Bool) {
        valuePrefix()
        append(value ? "true" : "false")
    }
    public mutating func null() {
        valuePrefix()
        append("null")
    }

    /// Inserts already-encoded JSON as the next value.
    public mutating func raw(_ json: String) {
        valuePrefix()
        append(json)
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

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < UInt64.bitWidth, "JSON nested deeper than \(UInt64.bitWidth) levels")
        bytes.append(bracket)
        needsComma <<= 1
        depth += 1
    }

    private mutating func close(_ bracket: UInt8) {
        precondition(depth > 0, "JSON closed more often than opened")
        bytes.append(bracket)
        needsComma >>= 1
        depth -= 1
    }

    private mutating func valuePrefix() {
        if pendingValueAfterKey {
            pendingValueAfterKey = false
            needsComma |= 1
            return
        }
        guard depth > 0 else { return }
        if needsComma & 1 != 0 { bytes.append(0x2C) }  // ,
        needsComma |= 1
    }

    private mutating func append(_ string: String) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(0x2D) }  // -
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(truncatingIfNeeded: 0x30 + magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// `value` as a JSON string, escaped, appended to `bytes`.
    private static func appendString(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(0x22)  // "
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(0x5C)  // \
                switch byte {
                case 0x22, 0x5C: bytes.append(byte)
                case 0x0A: bytes.append(0x6E)  // n
                case 0x0D: bytes.append(0x72)  // r
                case 0x09: bytes.append(0x74)  // t
                default:
                    bytes.append(contentsOf: [0x75, 0x30, 0x30, hexDigit(byte >> 4), hexDigit(byte & 0xF)])  // u00XX
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(0x22)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? 0x30 + value : 0x61 + value - 10
    }

    /// `value` as a JSON string, escaped and quoted.
    public static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendString(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }
}
