/// One line-level piece of a source document, in order: what the parser saw and where.
public struct Block: Equatable, Sendable {
    public enum Role: String, Sendable {
        case metadata
        case title
        case heading
        case paragraph
    }

    public var role: Role
    /// NFC text of the line, trimmed.
    public var text: String
    /// 1-based line in the source file (for HTML, Markdown and JSON: the block's 1-based position).
    public var line: Int
    /// Code points before `text` on its line (white space trimmed away), so offsets map back to the file.
    public var column: Int

    public init(role: Role, text: String, line: Int, column: Int = 0) {
        self.role = role
        self.text = text
        self.line = line
        self.column = column
    }
}
