/// Decides which body lines of a plain-text article are headings. Headings are unmarked in this format, so the
/// decision rests on the line's shape and on its neighbours: a heading is short, has no final sentence
/// punctuation, and introduces a longer paragraph.
public struct HeadingDetector: Sendable {
    public init() {}

    /// For each body line (title and date excluded), whether it is a heading.
    public func classify(_ lines: [String]) -> [Bool] {
        lines.indices.map { index in
            isHeading(lines[index], next: index + 1 < lines.count ? lines[index + 1] : nil)
        }
    }

    private func isHeading(_ line: String, next: String?) -> Bool {
        guard let next, let last = line.last else { return false }
        if ".!;,:…".contains(last) { return false }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard (1...12).contains(words.count), line.count <= 100 else { return false }
        guard let first = line.first, first.isUppercase || first.isNumber || first == "«" || first == "\"" else {
            return false
        }
        return next.count > line.count
    }
}
