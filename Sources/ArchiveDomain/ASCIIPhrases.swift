/// A few lower-case ASCII phrases looked for in text regardless of the case of its ASCII letters, all in one pass
/// over its bytes: lower-casing each line, or one pass per phrase, cost more than the rest of the line's analysis.
struct ASCIIPhrases: Sendable {
    private let phrases: [[UInt8]]
    /// Whether some phrase starts with this byte, in either case: most positions are ruled out by one look-up.
    private let isFirstByte: [Bool]

    init(_ phrases: [String]) {
        precondition(phrases.count <= 64)
        self.phrases = phrases.map { Array($0.utf8) }
        var isFirstByte = [Bool](repeating: false, count: 256)
        for phrase in self.phrases {
            precondition(!phrase.isEmpty && phrase.allSatisfy { $0 < 0x80 && Self.lowercased($0) == $0 })
            for byte in 0...255 where Self.lowercased(UInt8(byte)) == phrase[0] { isFirstByte[byte] = true }
        }
        self.isFirstByte = isFirstByte
    }

    /// Which phrases `bytes` contain, ASCII letters compared without case: bit n for the n-th phrase.
    func found(in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        for start in bytes.indices where isFirstByte[Int(bytes[start])] {
            for (number, phrase) in phrases.enumerated() where phrase.count <= bytes.count - start {
                if phrase.indices.allSatisfy({ Self.lowercased(bytes[start + $0]) == phrase[$0] }) {
                    found |= 1 << number
                }
            }
        }
        return found
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte | 0x20 : byte
    }
}
