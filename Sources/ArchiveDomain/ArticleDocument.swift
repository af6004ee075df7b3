/// An article as read from a file, before it is stored: what every parser produces.
public struct ArticleDocument: Sendable {
    public var title: String
    public var published: PublicationDate?
    public var language: Language
    public var blocks: [Block]
    public var format: SourceFormat
    public var url: String?
    public var author: String?
    public var tags: [String]
    /// Fields of the source that the archive does not model, kept as they came (JSON text of an object).
    public var extraMetadata: [String: String]

    public init(
        title: String, published: PublicationDate?, language: Language, blocks: [Block], format: SourceFormat,
        url: String? = nil, author: String? = nil, tags: [String] = [], extraMetadata: [String: String] = [:]
    ) {
        self.title = title
        self.published = published
        self.language = language
        self.blocks = blocks
        self.format = format
        self.url = url
        self.author = author
        self.tags = tags
        self.extraMetadata = extraMetadata
    }

    /// Sections in order: paragraphs before the first heading form the lead section (no heading).
    public var sections: [Section] {
        var sections: [Section] = []
        var heading: String?
        var paragraphs: [String] = []
        var started = false
        func flush() {
            if started || !paragraphs.isEmpty {
                sections.append(Section(heading: heading, text: paragraphs.joined(separator: "\n")))
            }
        }
        for block in blocks {
            switch block.role {
            case .heading:
                flush()
                heading = block.text
                paragraphs = []
                started = true
            case .paragraph:
                paragraphs.append(block.text)
            case .title, .metadata:
                continue
            }
        }
        flush()
        return sections
    }

    /// Words of title and body, as a reader would count them.
    public var wordCount: Int {
        blocks.reduce(0) { count, block in block.role == .metadata ? count : count + Self.countWords(block.text) }
    }

    /// Runs of letters and digits (Alphabetic or numeric code points), read from the UTF-8 with the property
    /// table, since this runs on every import.
    static func countWords(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { utf8 in
            var count = 0
            var inWord = false
            for value in UTF8CodePoints(utf8) {
                let isWordScalar = !ScalarTraits(value).isDisjoint(with: [.alphabetic, .numeric])
                if isWordScalar, !inWord { count += 1 }
                inWord = isWordScalar
            }
            return count
        }
    }

    /// The text that identifies this article's content, for change and duplicate detection.
    public var canonicalContent: String {
        var parts = [title, published?.iso8601 ?? ""]
        for block in blocks where block.role == .heading || block.role == .paragraph {
            parts.append(block.role == .heading ? "# " + block.text : block.text)
        }
        return parts.joined(separator: "\n")
    }
}
