/// A claim as stored: where it stands in its article and what the extractor found in it.
public struct Claim: Equatable, Sendable {
    public var id: Int64
    public var articleID: ArticleID
    public var sectionID: Int64
    public var sentenceIndex: Int
    public var clauseIndex: Int
    /// Code points, half-open, into the section text.
    public var start: Int
    public var end: Int
    public var text: String
    public var language: Language
    public var analysis: ClaimAnalysis
    public var extractorVersion: String

    public init(
        id: Int64, articleID: ArticleID, sectionID: Int64, sentenceIndex: Int, clauseIndex: Int = 0, start: Int,
        end: Int, text: String, language: Language, analysis: ClaimAnalysis, extractorVersion: String
    ) {
        self.id = id
        self.articleID = articleID
        self.sectionID = sectionID
        self.sentenceIndex = sentenceIndex
        self.clauseIndex = clauseIndex
        self.start = start
        self.end = end
        self.text = text
        self.language = language
        self.analysis = analysis
        self.extractorVersion = extractorVersion
    }
}
