/// A strict JSON reader (RFC 8259) that reports syntax errors by line and column, and reads JSON Lines:
/// several values one after another. Foundation's parser gives neither a reliable position nor JSONL.
struct JSONReader {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// Every top-level value in the text, in order (one for a JSON file, one per line for JSONL).
    mutating func readAll() throws(ArticleParseError) -> [JSONValue] {
        var values: [JSONValue] = []
        skipSpace()
        while index < bytes.count {
            values.append(try value(depth: 0))
            skipSpace()
        }
        if values.isEmpty { throw ArticleParseError("the file holds no JSON value") }
        return values
    }

    private var column: Int {
        // Code points since the line start, so the column matches what an editor shows.
        String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).unicodeScalars.count + 1
    }

    private func failure(_ message: String) -> ArticleParseError {
        ArticleParseError(
            "JSON syntax error: \(message); correct the file there and import it again", line: line, column: column)
    }

    private var found: String {
        guard index < bytes.count else { return "the end of the file" }
        let scalar = String(decoding: bytes[index..<min(index + 4, bytes.count)], as: UTF8.self).unicodeScalars.first!
        return "'\(scalar)'"
    }

    private mutating func skipSpace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            case 0x20, 0x09, 0x0D: index += 1
            default: return
            }
        }
    }

    private mutating func value(depth: Int) throws(ArticleParseError) -> JSONValue {
        guard depth < 200 else { throw failure("nested more than 200 levels deep") }
        skipSpace()
        guard index < bytes.count else { throw failure("expected a value but found the end of the file") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try literal("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try literal("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try literal("null")
            return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("expected a value but found \(found)")
        }
    }

    private mutating func literal(_ word: String) throws(ArticleParseError) {
        let expected = Array(word.utf8)
        guard bytes.count - index >= expected.count, Array(bytes[index..<index + expected.count]) == expected else {
            throw failure("expected a value but found \(found)")
        }
        index += expected.count
    }

    private mutating func number() throws(ArticleParseError) -> String {
        let start = index
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        func digits() -> Int {
            let from = index
            while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
            return index - from
        }
        guard digits() > 0 else { throw failure("a number needs digits") }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("a number needs digits after '.'") }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent") }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws(ArticleParseError) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun() {
            if runStart < index { scalars += String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars }
        }
        while true {
            guard index < bytes.count else { throw failure("a string is not closed (missing '\"')") }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun()
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw failure(
                    byte == 0x0A ? "a string is not closed before the end of the line" : "control character in a string"
                )
            }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            flushRun()
            index += 1
            guard index < bytes.count else { throw failure("a string is not closed (missing '\"')") }
            let escape = bytes[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code), bytes.count - index >= 6, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try hex4()
                    guard (0xDC00..<0xE000).contains(low) else { throw failure("invalid surrogate pair in \\u escape") }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
            default:
                index -= 1
                throw failure("unknown escape '\\\(Unicode.Scalar(escape))' in a string")
            }
            runStart = index
        }
    }

    private mutating func hex4() throws(ArticleParseError) -> UInt32 {
        guard bytes.count - index >= 4,
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("\\u needs four hexadecimal digits") }
        index += 4
        return code
    }

    private mutating func array(depth: Int) throws(ArticleParseError) -> JSONValue {
        let startLine = line
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(items, line: startLine)
        }
        while true {
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard index < bytes.count else {
                throw failure("the array opened on line \(startLine) is not closed (missing ']')")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "]") {
                index += 1
                return .array(items, line: startLine)
            }
            throw failure("expected ',' or ']' but found \(found)")
        }
    }

    private mutating func object(depth: Int) throws(ArticleParseError) -> JSONValue {
        let startLine = line
        index += 1
        var members: [(key: String, value: JSONValue)] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members, line: startLine)
        }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw failure("expected a quoted field name but found \(found)")
            }
            let key = try string()
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                throw failure("expected ':' after \"\(key)\" but found \(found)")
            }
            index += 1
            members.append((key, try value(depth: depth + 1)))
            skipSpace()
            guard index < bytes.count else {
                throw failure("the object opened on line \(startLine) is not closed (missing '}')")
            }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            if bytes[index] == UInt8(ascii: "}") {
                index += 1
                return .object(members, line: startLine)
            }
            throw failure("expected ',' or '}' but found \(found)")
        }
    }
}
