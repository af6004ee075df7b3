import Foundation
import Testing

@testable import ArchiveDomain

/// The plain-text parser splits lines by scalars and skips NFC when nothing could change: both must give what the
/// straightforward Character-based split and Foundation's NFC give.
@Suite struct LineSplittingTests {
    /// The straightforward version: split by Character, trim, normalise every line.
    private func reference(_ text: String) -> [(Int, String, Int)] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines: [(Int, String, Int)] = []
        for (offset, raw) in body.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let trimmed = raw.trimmingSpaces
            if !trimmed.isEmpty {
                let column = raw.unicodeScalars.distance(from: raw.startIndex, to: trimmed.startIndex)
                lines.append((offset + 1, String(trimmed).precomposedStringWithCanonicalMapping, column))
            }
        }
        return lines
    }

    static let pieces = [
        "Le maire", "a dit", "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}", "\u{0B}", "\u{0C}", "  ", "\t",
        "Se\u{0300}te", "e\u{0301}", "\u{2000}", "« vite »", "l’État", "20\u{202F}%", "Ça", "\u{FEFF}", "",
    ]

    @Test func linesMatchACharacterSplitOnMixedLineEnds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let got = PlainTextParser.nonBlankLines(of: text)
            let expected = reference(text)
            #expect(got.map(\.number) == expected.map(\.0), "\(text.debugDescription)")
            #expect(got.map(\.text) == expected.map(\.1), "\(text.debugDescription)")
            #expect(got.map(\.column) == expected.map(\.2), "\(text.debugDescription)")
        }
    }

    @Test func composesOnlyWhenSomethingCanChange() {
        #expect("Se\u{0300}te".canonicallyComposed.unicodeScalars.count == 4)
        #expect("a\u{2000}b".canonicallyComposed == "a\u{2002}b")
        #expect(Array("l’État « 20\u{202F}% »".canonicallyComposed.unicodeScalars) == Array("l’État « 20\u{202F}% »".unicodeScalars))
    }
}
