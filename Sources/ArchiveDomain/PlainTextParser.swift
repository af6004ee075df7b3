import Foundation

/// Reads the plain-text article format: an optional date line, a title line, then heading and paragraph lines,
/// one per line, headings unmarked. Blank lines and the white space around lines are ignored; every block keeps
/// its 1-based line number and the code points trimmed before it, so offsets map back to the file.
public struct PlainTextParser: Sendable {
    private let headingDetector = HeadingDetector()

    public init() {}

    public func parse(_ text: String) throws(ArticleParseError) -> ArticleDocument {
        let lines = Self.nonBlankLines(of: text)
        guard let first = lines.first else {
            throw ArticleParseError(
                "the file is empty; expected an optional date line, then a title line, then the text")
        }

        var blocks: [Block] = []
        var published: PublicationDate?
        var rest = lines[...]
        do {
            published = try PublicationDate(parsing: first.text)
            blocks.append(Block(role: .metadata, text: first.text, line: first.number, column: first.column))
            rest = rest.dropFirst()
        } catch .impossible(let reason) {
            throw ArticleParseError(
                "'\(first.text)' is not a real date (\(reason)); write it as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS, "
                    + "or remove the line",
                line: first.number)
        } catch {
            // Not shaped like a date: the article has no date line and this is its title.
            published = nil
        }
        guard let title = rest.first else {
            throw ArticleParseError(
                "there is a date but no title line after it; add the title on the next line",
                line: first.number)
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

    /// Lines with text, trimmed and in NFC, with their 1-based number and the code points trimmed before them.
    /// Any line end counts (`\n`, `\r\n`, `\r`), so text that did not come through `TextDecoder` reads the same.
    static func nonBlankLines(of text: String) -> [(number: Int, text: String, column: Int)] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines: [(number: Int, text: String, column: Int)] = []
        for (offset, raw) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = raw.trimmingSpaces
            if !trimmed.isEmpty {
                let column = raw.unicodeScalars.distance(from: raw.startIndex, to: trimmed.startIndex)
                lines.append((offset + 1, String(trimmed).precomposedStringWithCanonicalMapping, column))
            }
        }
        return lines
    }
}
