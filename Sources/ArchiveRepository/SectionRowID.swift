/// Section ids carry their article: `id = article_id << 16 | position`. A search ranks thousands of matching
/// sections and groups them by article; with the article in the id that is a shift, where a lookup per match
/// in an index of sections used to cost more than the ranking itself.
enum SectionRowID {
    static let positionBits: Int64 = 16
    /// The most sections one article can have; an article with more is refused at import.
    static let maximumPerArticle = 1 << Int(positionBits)

    static func make(article: Int64, position: Int) -> Int64 {
        precondition(position >= 0 && position < maximumPerArticle, "section position out of range")
        return article << positionBits | Int64(position)
    }

    static func article(of sectionID: Int64) -> Int64 {
        sectionID >> positionBits
    }
}
