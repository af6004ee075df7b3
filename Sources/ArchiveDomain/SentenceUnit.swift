/// One unit of analysed text: a sentence (or a whole line for titles, headings and metadata), its type and,
/// for claims, the analysis. Offsets are code points, half-open, into the analysed text.
public struct SentenceUnit: Equatable, Sendable {
    public enum UnitType: String, Sendable, CaseIterable {
        case metadata, title, heading, question, fragment, directive, claim
    }

    public var start: Int
    public var end: Int
    public var text: String
    public var type: UnitType
    public var claim: ClaimAnalysis?

    public var isClaim: Bool { type == .claim }

    public init(start: Int, end: Int, text: String, type: UnitType, claim: ClaimAnalysis? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.claim = claim
    }
}
