/// The word lists of the heading features a token belongs to (a word can be in several).
struct ListedWordKinds: OptionSet, Sendable {
    let rawValue: UInt8

    static let credit = ListedWordKinds(rawValue: 1 << 0)
    static let byline = ListedWordKinds(rawValue: 1 << 1)
    static let month = ListedWordKinds(rawValue: 1 << 2)
    static let weekday = ListedWordKinds(rawValue: 1 << 3)
    /// A word of `Mis à jour`.
    static let updateNotice = ListedWordKinds(rawValue: 1 << 4)
}
