/// A parsed search query: what `SearchQueryParser` makes of what a user typed, before it becomes SQL.
public indirect enum SearchExpression: Equatable, Sendable {
    case term(SearchTerm)
    /// Every part must match.
    case all([SearchExpression])
    /// At least one part must match.
    case any([SearchExpression])
    /// The part must not match; only meaningful inside `all` next to something that does match.
    case not(SearchExpression)
    /// The terms appear within `distance` words of each other.
    case near([SearchTerm], distance: Int)

    /// Every term in the expression, for highlighting and explanations.
    public var terms: [SearchTerm] {
        switch self {
        case .term(let term): return [term]
        case .all(let parts), .any(let parts): return parts.flatMap(\.terms)
        case .not(let part): return part.terms
        case .near(let terms, _): return terms
        }
    }
}
