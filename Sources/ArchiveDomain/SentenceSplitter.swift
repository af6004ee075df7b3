/// Splits text into sentences (claims spec §3). Newlines are hard boundaries; within a line a run of
/// `. ! ? …` followed by closers and white space ends a sentence unless the next word starts in lower case.
/// Ranges are code-point offsets, half-open, trimmed of white space.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ text: String) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        var lineStart = 0
        for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
            splitLine(scalars, lineStart..<index, into: &ranges)
            lineStart = index + 1
        }
        return ranges
    }

    private func splitLine(_ scalars: [Unicode.Scalar], _ line: Range<Int>, into ranges: inout [Range<Int>]) {
        var sentenceStart = line.lowerBound
        var index = line.lowerBound
        while index < line.upperBound {
            guard Self.terminators.contains(scalars[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < line.upperBound, Self.terminators.contains(scalars[end]) { end += 1 }
            while end < line.upperBound, Self.closers.contains(scalars[end]) { end += 1 }
            var next = end
            while next < line.upperBound, scalars[next].properties.isWhitespace { next += 1 }
            if next > end, next < line.upperBound, !scalars[next].properties.isLowercase {
                appendTrimmed(scalars, sentenceStart..<end, into: &ranges)
                sentenceStart = next
            }
            index = max(end, index + 1)
        }
        appendTrimmed(scalars, sentenceStart..<line.upperBound, into: &ranges)
    }

    private func appendTrimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into ranges: inout [Range<Int>]) {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
        while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
        if lower < upper { ranges.append(lower..<upper) }
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…"]
    private static let closers: Set<Unicode.Scalar> = ["»", "”", "\"", "'", ")", "]", "\u{00A0}", "\u{202F}"]
}
