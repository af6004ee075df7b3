extension ClaimExtractor {
    /// Every unit of a document in reading order: the metadata line, the title, headings, and each sentence of
    /// each paragraph, with offsets relative to its line in the source.
    public func lineUnits(of document: ArticleDocument) -> [LineUnit] {
        let paragraphs = document.blocks.filter { $0.role == .paragraph }
        var analysed = analyze(
            sections: paragraphs.map(\.text), language: document.language, context: ClaimContext(document: document)
        ).makeIterator()
        var result: [LineUnit] = []
        for block in document.blocks {
            let whole = block.text.unicodeScalars.count
            switch block.role {
            case .metadata, .title, .heading:
                let type: SentenceUnit.UnitType =
                    block.role == .metadata ? .metadata : block.role == .title ? .title : .heading
                result.append(
                    LineUnit(
                        line: block.line, block: block.role,
                        unit: SentenceUnit(start: block.column, end: block.column + whole, text: block.text, type: type)
                    ))
            case .paragraph:
                for var unit in analysed.next() ?? [] {
                    unit.start += block.column
                    unit.end += block.column
                    result.append(LineUnit(line: block.line, block: block.role, unit: unit))
                }
            }
        }
        return result
    }
}
