/// A part of an article a search term can be restricted to, written `title:word` in a query.
public enum SearchField: String, Sendable, CaseIterable {
    case title
    case heading
    case claim
}
