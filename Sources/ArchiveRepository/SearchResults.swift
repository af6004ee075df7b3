/// A page of search hits and how many articles matched in all.
public struct SearchResults: Equatable, Sendable {
    public var hits: [SearchHit]
    public var total: Int
}
