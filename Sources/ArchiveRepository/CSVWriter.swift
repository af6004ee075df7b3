/// Writes RFC 4180 CSV: comma-separated, fields quoted when they hold a comma, quote or line break, quotes
/// doubled, CRLF between records. By default cells that a spreadsheet would run as a formula (starting with
/// `=`, `+`, `-`, `@`, tab or carriage return) get a leading `'`, as OWASP recommends.
public struct CSVWriter {
    public var neutralizeFormulas: Bool
    let sink: OutputSink

    public init(sink: OutputSink, neutralizeFormulas: Bool = true, byteOrderMark: Bool = false) throws {
        self.sink = sink
        self.neutralizeFormulas = neutralizeFormulas
        if byteOrderMark { try sink.write("\u{FEFF}") }
    }

    public func writeRow(_ fields: [String?]) throws {
        var line = ""
        for (index, field) in fields.enumerated() {
            if index > 0 { line += "," }
            if let field { append(field, to: &line) }
        }
        line += "\r\n"
        try sink.write(line)
    }

    private func append(_ field: String, to line: inout String) {
        var value = field
        if neutralizeFormulas, let first = value.unicodeScalars.first, Self.formulaStarts.contains(first) {
            value = "'" + value
        }
        if value.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
            line += "\""
            line += value.replacing("\"", with: "\"\"")
            line += "\""
        } else {
            line += value
        }
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
