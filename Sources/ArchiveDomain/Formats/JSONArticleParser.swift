import FoundationEssentials

/// Reads articles from JSON: one object, an array of objects, JSON Lines, or a feed object holding them under
/// `items`/`articles`. Each object gives `title`, `date`/`published`, `body`/`text`/`content` (plain text or
/// HTML) or `sections: [{heading, text}]`, and optionally `url`, `author`, `lang`, `tags`; other fields are kept
/// as metadata. Blocks are numbered by position (1-based).
public struct JSONArticleParser: Sendable {
    public init() {}

    private static let titleKeys = ["title", "headline"]
    private static let dateKeys = [
        "date", "published", "published_at", "publishedat", "pubdate", "datepublished",
        "date_published", "publication_date",
    ]
    private static let bodyKeys = ["body", "text", "content", "articlebody", "content_text", "content_html"]
    private static let urlKeys = ["url", "link", "canonical_url"]
    private static let authorKeys = ["author", "authors", "byline"]
    private static let languageKeys = ["lang", "language"]
    private static let tagKeys = ["tags", "keywords"]
    private static let containerKeys = ["items", "articles", "entries", "posts"]

    public func parse(_ text: String) throws(ArticleParseError) -> [ArticleDocument] {
        var reader = JSONReader(text)
        var objects: [JSONValue] = []
        for value in try reader.readAll() { try collect(value, into: &objects, topLevel: true) }
        guard !objects.isEmpty else { throw ArticleParseError("the JSON holds no article objects") }
        var documents: [ArticleDocument] = []
        for (position, object) in objects.enumerated() {
            documents.append(try article(object, number: position + 1, of: objects.count))
        }
        return documents
    }

    private func collect(_ value: JSONValue, into objects: inout [JSONValue], topLevel: Bool) throws(ArticleParseError)
    {
        switch value {
        case .array(let items, let line):
            guard topLevel else {
                throw ArticleParseError("expected an article object, found a nested array", line: line)
            }
            for item in items { try collect(item, into: &objects, topLevel: false) }
        case .object(let members, _):
            let keys = Set(members.map { $0.key.lowercased() })
            if topLevel, Self.titleKeys.allSatisfy({ !keys.contains($0) }),
                let container = members.first(where: { Self.containerKeys.contains($0.key.lowercased()) }),
                case .array = container.value
            {
                try collect(container.value, into: &objects, topLevel: true)
            } else {
                objects.append(value)
            }
        default:
            throw ArticleParseError("expected article objects, found a \(kind(value))")
        }
    }

    private func kind(_ value: JSONValue) -> String {
        switch value {
        case .string: return "string"
        case .number: return "number"
        case .bool: return "boolean"
        case .null: return "null"
        case .array: return "array"
        case .object: return "object"
        }
    }

    private func article(_ value: JSONValue, number: Int, of count: Int) throws(ArticleParseError) -> ArticleDocument {
        guard case .object(let members, let line) = value else { throw ArticleParseError("expected an object") }
        let which = count > 1 ? "article \(number)" : "the article"
        func field(_ keys: [String]) -> JSONValue? {
            for key in keys {
                if let found = members.first(where: { $0.key.lowercased() == key }), !isEmpty(found.value) {
                    return found.value
                }
            }
            return nil
        }
        guard let rawTitle = field(Self.titleKeys)?.stringValue.map(HTMLNode.collapse), !rawTitle.isEmpty else {
            throw ArticleParseError("\(which) has no \"title\"", line: line)
        }
        let title = rawTitle.canonicallyComposed
        var published: PublicationDate?
        if let raw = field(Self.dateKeys)?.stringValue {
            do {
                published = try PublicationDate(parsing: raw)
            } catch .impossible {
                throw ArticleParseError(
                    "\(which) has date '\(raw)', which is not a real date (expected YYYY-MM-DD)", line: line)
            } catch {
                guard let date = DateTextParser.parse(raw) else {
                    throw ArticleParseError(
                        "\(which) has date '\(raw)', which archive cannot read (expected YYYY-MM-DD)", line: line)
                }
                published = date
            }
        }

        var pieces: [HTMLContentExtractor.Piece] = []
        if case .array(let sections, _)? = field(["sections"]) {
            for section in sections {
                guard case .object(let sectionMembers, let sectionLine) = section else {
                    throw ArticleParseError(
                        "\(which): each of \"sections\" must be {\"heading\", \"text\"}", line: line)
                }
                let heading = sectionMembers.first { ["heading", "title"].contains($0.key.lowercased()) }?.value
                    .stringValue
                guard
                    let text = sectionMembers.first(where: { Self.bodyKeys.contains($0.key.lowercased()) })?.value
                        .stringValue
                else {
                    throw ArticleParseError("\(which): a section has no \"text\"", line: sectionLine)
                }
                if let heading, !heading.trimmingSpaces.isEmpty {
                    pieces.append(.init(isHeading: true, text: HTMLNode.collapse(heading)))
                }
                pieces += try bodyPieces(text)
            }
        } else if let body = field(Self.bodyKeys)?.stringValue {
            pieces = try bodyPieces(body)
        }
        guard pieces.contains(where: { !$0.isHeading }) else {
            throw ArticleParseError(
                "\(which) has no text (give \"body\", \"text\", \"content\" or \"sections\")", line: line)
        }

        let blocks = pieces.blocks(title: title, published: published)
        let sample = blocks.lazy.map(\.text).joined(separator: " ").prefix(2_000)
        let language =
            field(Self.languageKeys)?.stringValue
            .flatMap { Language(rawValue: String($0.lowercased().prefix(2))) } ?? LanguageDetector.detect(sample)

        let known = Set(
            Self.titleKeys + Self.dateKeys + Self.bodyKeys + Self.urlKeys + Self.authorKeys
                + Self.languageKeys + Self.tagKeys + ["sections"])
        var extra: [String: String] = [:]
        for member in members where !known.contains(member.key.lowercased()) {
            extra[member.key] = member.value.jsonText
        }
        return ArticleDocument(
            title: title, published: published, language: language, blocks: blocks, format: .json,
            url: field(Self.urlKeys)?.stringValue, author: field(Self.authorKeys).flatMap(names),
            tags: field(Self.tagKeys).map(strings) ?? [], extraMetadata: extra)
    }

    private func isEmpty(_ value: JSONValue) -> Bool {
        switch value {
        case .null: return true
        case .string(let text): return text.trimmingSpaces.isEmpty
        default: return false
        }
    }

    /// A body is HTML when it carries tags; otherwise each non-empty line is a paragraph.
    private func bodyPieces(_ body: String) throws(ArticleParseError) -> [HTMLContentExtractor.Piece] {
        let text = TextDecoder.normalizeLineEnds(body)
        if text.contains("</") || text.contains("<p>") || text.contains("<br"), let root = try HTMLNode.parse(text) {
            var pieces: [HTMLContentExtractor.Piece] = []
            HTMLContentExtractor().emit(root, into: &pieces)
            return pieces
        }
        return text.split(separator: "\n").map { HTMLNode.collapse(String($0)) }.filter { !$0.isEmpty }
            .map { .init(isHeading: false, text: $0) }
    }

    private func names(_ value: JSONValue) -> String? {
        switch value {
        case .string(let name): return name
        case .object(let members, _): return members.first { $0.key.lowercased() == "name" }?.value.stringValue
        case .array(let items, _):
            let all = items.compactMap(names)
            return all.isEmpty ? nil : all.joined(separator: ", ")
        default: return nil
        }
    }

    private func strings(_ value: JSONValue) -> [String] {
        switch value {
        case .string(let text):
            return text.split(separator: ",").map { String($0.trimmingSpaces) }.filter { !$0.isEmpty }
        case .array(let items, _): return items.compactMap(\.stringValue).filter { !$0.isEmpty }
        default: return []
        }
    }
}
