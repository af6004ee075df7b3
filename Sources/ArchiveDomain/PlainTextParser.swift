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
        let bodyTexts = body.map(\.text)
        let headings = headingDetector.classify(bodyTexts)
        for (line, isHeading) in zip(body, headings) {
            blocks.append(
                Block(role: isHeading ? .heading : .paragraph, text: line.text, line: line.number, column: line.column))
        }
        return ArticleDocument(
            title: title.text, published: published,
            language: LanguageDetector.detect(joining: [title.text] + bodyTexts),
            blocks: blocks, format: .text)
    }

    /// Lines with text, trimmed and in NFC, with their 1-based number and the code points trimmed before them.
    /// Any line end counts (`\n`, `\r\n`, `\r`), so text that did not come through `TextDecoder` reads the same.
    static func nonBlankLines(of text: String) -> [(number: Int, text: String, column: Int)] {
        var text = text
        return text.withUTF8 { utf8 in
            var lines: [(number: Int, text: String, column: Int)] = []
            var number = 0
            func add(_ range: Range<Int>) {
                number += 1
                if let line = Self.trimmedLine(UnsafeBufferPointer(rebasing: utf8[range])) {
                    lines.append((number, line.text, line.column))
                }
            }
            // Split by bytes rather than Characters (grapheme breaking is the slow part); line ends are controls,
            // so every split point is also a Character boundary and the lines are the same.
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            var lineStart = utf8.starts(with: bom) ? bom.count : 0
            var index = lineStart
            while index < utf8.count {
                let lineEnd = Self.lineEndLength(in: utf8, at: index)
                guard lineEnd > 0 else {
                    index += 1
                    continue
                }
                add(lineStart..<index)
                index += lineEnd
                lineStart = index
            }
            add(lineStart..<utf8.count)
            return lines
        }
    }

    /// The line without the white space around it, in NFC, and the code points trimmed before it; nil when
    /// nothing is left.
    private static func trimmedLine(_ utf8: UnsafeBufferPointer<UInt8>) -> (text: String, column: Int)? {
        func isASCIIWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
        var start = 0
        while start < utf8.count, isASCIIWhitespace(utf8[start]) { start += 1 }
        if start == utf8.count { return nil }
        var end = utf8.count
        while isASCIIWhitespace(utf8[end - 1]) { end -= 1 }
        // Trimming is by Characters. Where only ASCII white space is trimmed and the text next to it cannot join it
        // into one Character, that is trimming the bytes; other lines (a no-break space, a combining mark after a
        // space) are trimmed by Characters.
        var first = UTF8CodePoints(UnsafeBufferPointer(rebasing: utf8[start...]))
        let firstValue = first.next()!
        var lastStart = end - 1
        while utf8[lastStart] & 0xC0 == 0x80 { lastStart -= 1 }
        var last = UTF8CodePoints(UnsafeBufferPointer(rebasing: utf8[lastStart..<end]))
        let lastValue = last.next()!
        let trimsBytes =
            !ScalarTraits(firstValue).contains(.whitespace) && (start == 0 || Self.startsCharacter(firstValue))
            && !ScalarTraits(lastValue).contains(.whitespace) && Self.startsCharacter(lastValue)
        guard trimsBytes else {
            let raw = Substring(String(decoding: utf8, as: UTF8.self))
            let trimmed = raw.trimmingSpaces
            if trimmed.isEmpty { return nil }
            return (
                trimmed.canonicallyComposed, raw.unicodeScalars.distance(from: raw.startIndex, to: trimmed.startIndex)
            )
        }
        return (String(canonicallyComposing: UnsafeBufferPointer(rebasing: utf8[start..<end])), start)
    }

    /// Code points that always start a Character or follow a Prepend one (none is a mark, a joiner or a regional
    /// indicator): below U+0300, and the dashes, quotation marks, bullet and ellipsis of U+2010–U+2027.
    private static func startsCharacter(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2010...0x2027).contains(value)
    }

    /// How many bytes the line end at `index` takes (CR LF is one), or 0 when there is none. Line ends are what
    /// `Character.isNewline` accepts: LF, VT, FF, CR, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
    private static func lineEndLength(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch utf8[index] {
        case 0x0D: return index + 1 < utf8.count && utf8[index + 1] == 0x0A ? 2 : 1
        case 0x0A...0x0C: return 1
        case 0xC2: return index + 1 < utf8.count && utf8[index + 1] == 0x85 ? 2 : 0  // NEL
        case 0xE2:  // LINE SEPARATOR, PARAGRAPH SEPARATOR
            guard index + 2 < utf8.count, utf8[index + 1] == 0x80 else { return 0 }
            return utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }
}
