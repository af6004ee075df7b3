/// Splits text into units and classifies each (claims spec §4); claims get an analysis.
/// This first version stores every declarative sentence as an asserted factual claim.
public struct ClaimExtractor: Sendable {
    /// Stored with every claim, so claims from an older extractor can be found and re-analysed.
    public static let version = "0.1.0"

    private let splitter = SentenceSplitter()

    public init() {}

    /// Units of `text` (one or more paragraphs separated by newlines), offsets in code points into `text`.
    public func analyze(_ text: String, language: Language) -> [SentenceUnit] {
        let scalars = Array(text.unicodeScalars)
        return splitter.split(text).map { range in
            let sentence = String(String.UnicodeScalarView(scalars[range]))
            let type = classify(sentence)
            return SentenceUnit(
                start: range.lowerBound, end: range.upperBound, text: sentence, type: type,
                claim: type == .claim ? ClaimAnalysis() : nil)
        }
    }

    private func classify(_ sentence: String) -> SentenceUnit.UnitType {
        let trimmed = sentence.reversed().drop { "»”\"')] ".contains($0) }
        if trimmed.first == "?" { return .question }
        let words = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        if words.count < 4 { return .fragment }
        return .claim
    }
}
