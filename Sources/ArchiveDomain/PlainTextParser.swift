import Foundation

/// Reads the plain-text article format: an optional date line, a title line, then heading and paragraph lines,
/// one per line, headings unmarked.
public struct PlainTextParser: Sendable {
    private let headingDetector = HeadingDetector()

    public init() {}

    public func parse(_ text: String) throws(ArticleParseError) -> ArticleDocument {
        var lines: [(number: Int, text: String, column: Int)] = []
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = raw.trimmingSpaces
            if !trimmed.isEmpty {
                let column = raw.unicodeScalars.distance(from: raw.startIndex, to: trimmed.startIndex)
                lines.append((offset + 1, String(trimmed).precomposedStringWithCanonicalMapping, column))
            }
        }
        guard let first = lines.first else { throw ArticleParseError("the file has no text") }

        var blocks: [Block] = []
        var published: PublicationDate?
        var rest = lines[...]
        do {
            published = try PublicationDate(parsing: first.text)
            blocks.append(Block(role: .metadata, text: first.text, line: first.number, column: first.column))
            rest = rest.dropFirst()
        } catch .impossible(let value) {
            throw ArticleParseError("'\(value)' is not a real date (expected YYYY-MM-DD [HH:MM:SS])", line: first.number)
        } catch {
            published = nil
        }
        guard let title = rest.first else {
            throw ArticleParseError("there is a date but no title line after it", line: first.number)
        }
        blocks.append(Block(role: .title, text: title.text, line: title.number, column: title.column))
        let body = Array(rest.dropFirst())
        let headings = headingDetector.classify(body.map(\.text))
        for (line, isHeading) in zip(body, headings) {
            blocks.append(
                Block(role: isHeading ? .heading : .paragraph, text: line.text, line: line.number, column: line.column))
        }
        let sample = body.lazy.map(\.text).joined(separator: " ").prefix(2_000)
        return ArticleDocument(
            title: title.text, published: published, language: LanguageDetector.detect(title.text + " " + sample),
            blocks: blocks, format: .text)
    }
}
