import FoundationEssentials

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
        var number = 0
        func add(_ raw: Substring) {
            number += 1
            let trimmed = raw.trimmingSpaces
            if !trimmed.isEmpty {
                let column = raw.unicodeScalars.distance(from: raw.startIndex, to: trimmed.startIndex)
                lines.append((number, trimmed.canonicallyComposed, column))
            }
        }
        // Split by scalars rather than Characters (grapheme breaking is the slow part); line ends are controls,
        // so every split point is also a Character boundary and the lines are the same.
        let scalars = body.unicodeScalars
        var lineStart = scalars.startIndex
        var index = lineStart
        while index < scalars.endIndex {
            let value = scalars[index].value
            guard Self.isLineEnd(value) else {
                index = scalars.index(after: index)
                continue
            }
            let lineEnd = index
            index = scalars.index(after: index)
            if value == 0x0D, index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            add(body[lineStart..<lineEnd])
            lineStart = index
        }
        add(body[lineStart...])
        return lines
    }

    /// What `Character.isNewline` accepts: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    private static func isLineEnd(_ value: UInt32) -> Bool {
        (0x0A...0x0D).contains(value) || value == 0x85 || value == 0x2028 || value == 0x2029
    }
}
