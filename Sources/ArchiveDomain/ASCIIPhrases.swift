/// A few lower-case ASCII phrases looked for in text regardless of the case of its ASCII letters. Each phrase has
/// an anchor, its last byte that is not a letter (`.` of `.com`, `/` of `http://`, `:` of `source :` rather than
/// its frequent space), which has no case: a caller already reading the text's code points asks only at those
/// bytes, so finding the phrases costs no pass of its own (lower-casing each line, or one pass per phrase, cost
/// more than the rest of the line's analysis).
struct ASCIIPhrases: Sendable {
    private let phrases: [[UInt8]]
    /// For each phrase, the offset of its anchor.
    private let anchorOffsets: [Int]
    /// Bit n is set when byte n is the anchor of some phrase (all anchors are below 0x40 or in 0x40..<0x80).
    private let anchors: (low: UInt64, high: UInt64)

    init(_ phrases: [String]) {
        precondition(phrases.count <= 64)
        self.phrases = phrases.map { Array($0.utf8) }
        var anchorOffsets: [Int] = []
        var anchors: (low: UInt64, high: UInt64) = (0, 0)
        for phrase in self.phrases {
            precondition(phrase.allSatisfy { $0 < 0x80 && $0.asciiLowercased == $0 })
            let offset = phrase.lastIndex(where: { !(0x61...0x7A).contains($0) })!
            anchorOffsets.append(offset)
            let anchor = phrase[offset]
            if anchor < 64 { anchors.low |= 1 << anchor } else { anchors.high |= 1 << (anchor - 64) }
        }
        self.anchorOffsets = anchorOffsets
        self.anchors = anchors
    }

    /// Whether `byte` is the anchor of some phrase.
    func isAnchor(_ byte: UInt8) -> Bool {
        if byte < 64 { return anchors.low & 1 << byte != 0 }
        return byte < 128 && anchors.high & 1 << (byte - 64) != 0
    }

    /// Which phrases `bytes` contain with their anchor at `offset`, ASCII letters compared without case: bit n
    /// for the n-th phrase. Asked at every anchor byte, this finds every phrase the text contains.
    func found(in bytes: UnsafeBufferPointer<UInt8>, anchoredAt offset: Int) -> UInt64 {
        var found: UInt64 = 0
        for (number, phrase) in phrases.enumerated() where phrase[anchorOffsets[number]] == bytes[offset] {
            let start = offset - anchorOffsets[number]
            guard start >= 0, start + phrase.count <= bytes.count else { continue }
            if phrase.indices.allSatisfy({ bytes[start + $0].asciiLowercased == phrase[$0] }) { found |= 1 << number }
        }
        return found
    }
}
