import FoundationEssentials

/// Reads a Markdown note: optional YAML front matter (`title`, `date`, `author`, `url`, `tags`, `lang`; other
/// keys kept as metadata), `#` headings as sections, inline markup removed. Without a front-matter title the
/// first `#` heading is the title. Blocks are numbered by position (1-based).
public struct MarkdownArticleParser: Sendable {
    public init() {}

    public func parse(_ text: String) throws(ArticleParseError) -> ArticleDocument {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var matter = FrontMatter()
        var bodyStart = 0
        if let (found, start) = try FrontMatter.read(lines) {
            matter = found
            bodyStart = start
        }
        var title = matter.entry("title")?.value.asText.map { MarkdownInline.plain(Substring($0)) }
        var published: PublicationDate?
        if let (value, line) = matter.entry("date", "published", "pubdate"), let raw = value.asText, !raw.isEmpty {
            do {
                published = try PublicationDate(parsing: raw)
            } catch .impossible {
                throw ArticleParseError("'\(raw)' is not a real date (expected YYYY-MM-DD [HH:MM:SS])", line: line)
            } catch {
                guard let date = DateTextParser.parse(raw) else {
                    throw ArticleParseError("'\(raw)' is not a date archive reads (expected YYYY-MM-DD)", line: line)
                }
                published = date
            }
        }

        var pieces: [TextPiece] = []
        var paragraph: [String] = []
        var inFence = false
        func flush() {
            let joined = paragraph.joined(separator: " ")
            if !joined.isEmpty { pieces.append(TextPiece(isHeading: false, text: joined)) }
            paragraph = []
        }
        for raw in lines[bodyStart...] {
            let line = raw.trimmingSpaces
            if line.hasPrefix("```") || line.hasPrefix("~~~") {
                flush()
                inFence.toggle()
                continue
            }
            if inFence {
                if !line.isEmpty { pieces.append(TextPiece(isHeading: false, text: String(line))) }
                continue
            }
            if line.isEmpty || isRule(line) || isReferenceDefinition(line) {
                // `---` under a text line is a setext heading; elsewhere a rule.
                if line.allSatisfy({ $0 == "=" || $0 == "-" }), !line.isEmpty, paragraph.count == 1 {
                    let heading = paragraph.removeLast()
                    pieces.append(TextPiece(isHeading: true, text: heading))
                }
                flush()
                continue
            }
            if line.hasPrefix("#") {
                let level = line.prefix(while: { $0 == "#" }).count
                let rest = line.dropFirst(level)
                if level <= 6, rest.isEmpty || rest.first == " " {
                    flush()
                    var heading = rest.trimmingSpaces
                    while heading.hasSuffix("#") { heading = heading.dropLast().trimmingSpaces }
                    let text = MarkdownInline.plain(heading)
                    if level == 1 && title == nil && pieces.isEmpty {
                        title = text
                    } else if level == 1 && pieces.isEmpty && text == title {
                        // The front matter's title repeated as the first heading, as static-site notes often do.
                        continue
                    } else if !text.isEmpty {
                        pieces.append(TextPiece(isHeading: true, text: text))
                    }
                    continue
                }
            }
            var content = line
            while content.hasPrefix(">") { content = content.dropFirst().trimmingSpaces }
            if let item = listItemText(content) {
                flush()
                paragraph.append(MarkdownInline.plain(item))
                continue
            }
            if line.hasPrefix("|") && line.dropFirst().allSatisfy({ "|-: ".contains($0) }) { continue }
            paragraph.append(MarkdownInline.plain(content))
        }
        flush()

        guard let title = title.map({ HTMLNode.collapse($0) }), !title.isEmpty else {
            throw ArticleParseError("no title: add 'title:' to the front matter or start with a '# Title' line")
        }
        let blocks = pieces.map { TextPiece(isHeading: $0.isHeading, text: HTMLNode.collapse($0.text)) }
            .blocks(title: title, published: published)
        let sample = blocks.lazy.map(\.text).joined(separator: " ").prefix(2_000)
        let language =
            matter.entry("lang", "language")?.value.asText
            .flatMap { Language(rawValue: String($0.lowercased().prefix(2))) } ?? LanguageDetector.detect(sample)
        let known: Set<String> = [
            "title", "date", "published", "pubdate", "author", "url", "link", "tags", "keywords",
            "lang", "language",
        ]
        var extra: [String: String] = [:]
        for entry in matter.entries where !known.contains(entry.key) {
            switch entry.value {
            case .text(let value): extra[entry.key] = JSONText.quoted(value)
            case .list(let items):
                var json = JSONText()
                json.beginArray()
                for item in items { json.string(item) }
                json.endArray()
                extra[entry.key] = json.text
            }
        }
        return ArticleDocument(
            title: title.canonicallyComposed, published: published, language: language,
            blocks: blocks, format: .markdown,
            url: matter.entry("url", "link")?.value.asText.flatMap { $0.isEmpty ? nil : $0 },
            author: matter.entry("author")?.value.asText.flatMap { $0.isEmpty ? nil : $0 },
            tags: (matter.entry("tags", "keywords")?.value.asList ?? []), extraMetadata: extra)
    }

    private func isRule(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let first = marks.first, "-*_=".contains(first) else { return false }
        return marks.allSatisfy { $0 == first }
    }

    private func isReferenceDefinition(_ line: Substring) -> Bool {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }

    /// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`), nil for other lines.
    private func listItemText(_ line: Substring) -> Substring? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return line.dropFirst(2).trimmingSpaces
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, digits.count < 4 {
            let rest = line.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                return rest.dropFirst(2).trimmingSpaces
            }
        }
        return nil
    }
}
