/// One word or phrase of a search: its words in order (letters and digits only, as typed), whether it must match
/// exactly (a quoted phrase: no stemming) or as a prefix of its last word, and the field it is restricted to.
public struct SearchTerm: Equatable, Sendable {
    public var words: [String]
    public var exact: Bool
    public var prefix: Bool
    public var field: SearchField?

    public init(words: [String], exact: Bool = false, prefix: Bool = false, field: SearchField? = nil) {
        self.words = words
        self.exact = exact
        self.prefix = prefix
        self.field = field
    }
}
