/// A unit placed in its source: the 1-based line (or block) it comes from, offsets relative to that line.
public struct LineUnit: Equatable, Sendable {
    public var line: Int
    public var unit: SentenceUnit

    public init(line: Int, unit: SentenceUnit) {
        self.line = line
        self.unit = unit
    }
}
