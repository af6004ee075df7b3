/// A heading or a paragraph found by a structured-format reader (HTML, Markdown, JSON), before it becomes a block.
struct TextPiece: Equatable {
    var isHeading: Bool
    var text: String
}

extension [TextPiece] {
    /// The document's blocks in reading order: a metadata block for the date, the title, then the pieces (NFC,
    /// empty ones dropped). Non-text formats have no lines, so a block's `line` is its 1-based position.
    func blocks(title: String, published: PublicationDate?) -> [Block] {
        var blocks: [Block] = []
        if let published { blocks.append(Block(role: .metadata, text: published.iso8601, line: 1)) }
        blocks.append(Block(role: .title, text: title.canonicallyComposed, line: blocks.count + 1))
        for piece in self where !piece.text.isEmpty {
            blocks.append(
                Block(
                    role: piece.isHeading ? .heading : .paragraph,
                    text: piece.text.canonicallyComposed,
                    line: blocks.count + 1))
        }
        return blocks
    }
}
