/// Figures for `archive stats`.
public struct ArchiveStatistics: Equatable, Sendable {
    public var articles: Int
    public var sections: Int
    public var claims: Int
    public var articlesPerLanguage: [String: Int]
    public var earliest: String?
    public var latest: String?
    public var words: Int
    public var databaseBytes: Int
    public var schemaVersion: Int
}
