import ArchiveDomain

/// Which claims `archive claims` lists. Every field narrows the result; nil means no condition.
public struct ClaimQuery: Sendable, Equatable {
    /// Words the claim text must contain (all of them, any case or accents).
    public var text: String?
    public var hedging: ClaimAnalysis.Hedging?
    /// Matches the primary kind or any of the claim's kinds.
    public var kind: ClaimAnalysis.Kind?
    /// A canonical actor name, compared without accents or case.
    public var actor: String?
    /// Part of the attribution source, compared without accents or case.
    public var source: String?
    public var articleID: ArticleID?
    /// `YYYY-MM-DD`, bounds included.
    public var since: String?
    public var until: String?
    public var language: Language?
    public var minScore: Double?
    public var limit: Int

    public init(
        text: String? = nil, hedging: ClaimAnalysis.Hedging? = nil, kind: ClaimAnalysis.Kind? = nil,
        actor: String? = nil, source: String? = nil, articleID: ArticleID? = nil, since: String? = nil,
        until: String? = nil, language: Language? = nil, minScore: Double? = nil, limit: Int = 50
    ) {
        self.text = text
        self.hedging = hedging
        self.kind = kind
        self.actor = actor
        self.source = source
        self.articleID = articleID
        self.since = since
        self.until = until
        self.language = language
        self.minScore = minScore
        self.limit = limit
    }

    /// The `section_fts` expression and claim program (FTSQuery.claimProgram) for `text`, in the search query
    /// language (words, phrases, OR, -word, NEAR…) made safe by `FTSQuery`; nil when it has nothing to match.
    static func match(_ text: String, language: Language? = nil) -> (expression: String, program: String)? {
        guard let query = try? FTSQuery(userText: text, scope: .claims, language: language),
            let expression = query.expression, let program = query.claimProgram
        else { return nil }
        return (expression, program)
    }
}
