/// A matching section with its BM25 score, ordered best first: lower score (SQLite's convention), then older
/// article, then earlier section, the same order the SQL path sorts by.
struct RankedSection: Comparable {
    let sectionID: Int64
    let score: Double

    var articleID: Int64 { SectionRowID.article(of: sectionID) }

    static func < (left: RankedSection, right: RankedSection) -> Bool {
        if left.score != right.score { return left.score < right.score }
        return left.sectionID < right.sectionID
    }
}
