/// A stored article's identity.
public struct ArticleID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: Int64
    public init(_ rawValue: Int64) { self.rawValue = rawValue }
    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }
    public var description: String { String(rawValue) }
}

/// An article as the archive holds it.
public struct Article: Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    /// ISO 8601 text as stored (`2025-03-20T09:01:00`), nil when the source gave no date.
    public var published: String?
    public var language: Language
    public var sourcePath: String
    public var contentSHA256: String
    public var importedAt: String
    public var wordCount: Int
    public var format: SourceFormat
    public var url: String?
    public var author: String?
    public var tags: [String]

    public init(
        id: ArticleID, title: String, published: String?, language: Language, sourcePath: String,
        contentSHA256: String, importedAt: String, wordCount: Int, format: SourceFormat = .text,
        url: String? = nil, author: String? = nil, tags: [String] = []
    ) {
        self.id = id
        self.title = title
        self.published = published
        self.language = language
        self.sourcePath = sourcePath
        self.contentSHA256 = contentSHA256
        self.importedAt = importedAt
        self.wordCount = wordCount
        self.format = format
        self.url = url
        self.author = author
        self.tags = tags
    }
}
