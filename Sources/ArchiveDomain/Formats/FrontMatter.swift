/// The YAML front matter of a Markdown file, read as the flat `key: value` subset notes use: strings (quoted or
/// not), `[a, b]` lists and `- item` lists. Keys keep their order and the line they were on.
struct FrontMatter {
    enum Value: Equatable {
        case text(String)
        case list([String])

        var asText: String? {
            if case .text(let text) = self { return text }
            return nil
        }

        var asList: [String] {
            switch self {
            case .list(let items): return items
            case .text(let text):
                return text.split(separator: ",").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
            }
        }
    }

    var entries: [(key: String, value: Value, line: Int)] = []

    func entry(_ names: String...) -> (value: Value, line: Int)? {
        for name in names {
            if let found = entries.first(where: { $0.key == name }) { return (found.value, found.line) }
        }
        return nil
    }

    /// Splits `lines` (already `\n`-separated) into front matter and the line index where the body starts.
    /// Nil when the file has no front matter; throws when it is opened and never closed.
    static func read(_ lines: [Substring]) throws(ArticleParseError) -> (FrontMatter, bodyStart: Int)? {
        guard let first = lines.first, first.trimmingSpaces == "---" else { return nil }
        guard
            let end = lines.dropFirst().firstIndex(where: { $0.trimmingSpaces == "---" || $0.trimmingSpaces == "..." })
        else {
            throw ArticleParseError(
                "the front matter opened here is never closed; add a line '---' after its last field", line: 1)
        }
        var matter = FrontMatter()
        var index = 1
        while index < end {
            let raw = lines[index]
            let line = raw.trimmingSpaces
            index += 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":"), !raw.hasPrefix(" "), !raw.hasPrefix("-") else {
                throw ArticleParseError("front matter line is not 'key: value'", line: index)
            }
            let key = line[..<colon].trimmingSpaces.lowercased()
            let rest = line[line.index(after: colon)...].trimmingSpaces
            let keyLine = index
            if rest.isEmpty {
                var items: [String] = []
                while index < end, lines[index].trimmingSpaces.hasPrefix("- ") || lines[index].trimmingSpaces == "-" {
                    items.append(unquote(lines[index].trimmingSpaces.dropFirst(1).trimmingSpaces))
                    index += 1
                }
                matter.entries.append((key, items.isEmpty ? .text("") : .list(items.filter { !$0.isEmpty }), keyLine))
            } else if rest.hasPrefix("["), rest.hasSuffix("]") {
                let items = rest.dropFirst().dropLast().split(separator: ",").map { unquote($0.trimmingSpaces) }
                matter.entries.append((key, .list(items.filter { !$0.isEmpty }), keyLine))
            } else {
                matter.entries.append((key, .text(unquote(rest)), keyLine))
            }
        }
        return (matter, end + 1)
    }

    private static func unquote(_ text: Substring) -> String {
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            let inner = String(text.dropFirst().dropLast())
            return first == "'" ? inner.replacing("''", with: "'") : inner.replacing("\\\"", with: "\"")
        }
        // A comment after the value (`date: 2025-01-01  # day`) is YAML, not part of the value.
        if let hash = text.firstRange(of: " #") { return String(text[..<hash.lowerBound]).trimmingSpaces.description }
        return String(text)
    }
}
