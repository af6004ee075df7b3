/// A unit placed in its source: the 1-based line (or block) it comes from, offsets relative to that line.
public struct LineUnit: Equatable, Sendable {
    public var line: Int
    /// What the reader made of the whole line (title, heading, paragraph…), which a unit inside a paragraph
    /// line does not tell: the claim rules call a short unpunctuated sentence a `heading` unit wherever it stands.
    public var block: Block.Role
    public var unit: SentenceUnit

    public init(line: Int, block: Block.Role, unit: SentenceUnit) {
        self.line = line
        self.block = block
        self.unit = unit
    }
}
