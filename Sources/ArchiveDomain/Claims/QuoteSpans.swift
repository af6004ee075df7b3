/// The quotations of one line (`«…»`, `“…”`, paired straight `"…"`), as code-point ranges from the opening
/// mark to just after the closing one; spans longer than 400 code points are ignored (claims spec §3 rule 4).
struct QuoteSpans {
    private var spans: [Range<Int>] = []

    init(_ scalars: [Unicode.Scalar], _ line: Range<Int>) {
        var openGuillemets: [Int] = []
        var openCurly: [Int] = []
        var openStraight: Int?
        for index in line {
            // Every mark below is `"` (U+0022) or from `«` (U+00AB) on: one comparison skips most text.
            let value = scalars[index].value
            if value != 0x22, value < 0xAB { continue }
            switch scalars[index] {
            case "«": openGuillemets.append(index)
            case "»": if let open = openGuillemets.popLast() { add(open..<(index + 1)) }
            case "“": openCurly.append(index)
            case "”": if let open = openCurly.popLast() { add(open..<(index + 1)) }
            case "\"":
                let previous = index > line.lowerBound ? scalars[index - 1] : " "
                if let open = openStraight {
                    add(open..<(index + 1))
                    openStraight = nil
                } else if ShadowText.isSpace(previous) || "([{-—:'’".unicodeScalars.contains(previous)
                    || index == line.lowerBound
                {
                    openStraight = index
                }
            default: continue
            }
        }
    }

    private mutating func add(_ span: Range<Int>) {
        if span.count <= 400 { spans.append(span) }
    }

    /// The widest quotation containing `index` (a quote inside a quote belongs to the outer one).
    func span(containing index: Int) -> Range<Int>? {
        var best: Range<Int>?
        for span in spans where span.lowerBound < index && index < span.upperBound {
            if best == nil || span.count > best!.count { best = span }
        }
        return best
    }
}
