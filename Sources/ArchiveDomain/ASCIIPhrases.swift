/// A few lower-case ASCII phrases looked for in text regardless of the case of its ASCII letters, all in one pass
/// over its bytes: lower-casing each line, or one pass per phrase, cost more than the rest of the line's analysis.
struct ASCIIPhrases: Sendable {
    private let phrases: [[UInt8]]
    /// Bit n is set when some phrase starts with ASCII byte n, in either case: most positions are ruled out by
    /// testing one bit, with no memory read.
    private let firstBytes: (low: UInt64, high: UInt64)

    init(_ phrases: [String]) {
        precondition(phrases.count <= 64)
        self.phrases = phrases.map { Array($0.utf8) }
        var firstBytes: (low: UInt64, high: UInt64) = (0, 0)
        for phrase in self.phrases {
            precondition(!phrase.isEmpty && phrase.allSatisfy { $0 < 0x80 && Self.lowercased($0) == $0 })
            for byte in UInt8(0)..<0x80 where Self.lowercased(byte) == phrase[0] {
                if byte < 64 { firstBytes.low |= 1 << byte } else { firstBytes.high |= 1 << (byte - 64) }
            }
        }
        self.firstBytes = firstBytes
    }

    /// Which phrases `bytes` contain, ASCII letters compared without case: bit n for the n-th phrase.
    func found(in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        for start in bytes.indices where mayStartPhrase(bytes[start]) {
            for (number, phrase) in phrases.enumerated() where phrase.count <= bytes.count - start {
                if phrase.indices.allSatisfy({ Self.lowercased(bytes[start + $0]) == phrase[$0] }) {
                    found |= 1 << number
                }
            }
        }
        return found
    }

    private func mayStartPhrase(_ byte: UInt8) -> Bool {
        if byte < 64 { return firstBytes.low & 1 << byte != 0 }
        return byte < 128 && firstBytes.high & 1 << (byte - 64) != 0
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte | 0x20 : byte
    }
}
