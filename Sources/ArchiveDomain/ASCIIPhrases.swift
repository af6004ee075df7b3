/// A few lower-case ASCII phrases looked for in text regardless of the case of its ASCII letters, in one pass over
/// its bytes: lower-casing each line, or one pass per phrase, cost more than the rest of the line's analysis.
struct ASCIIPhrases: Sendable {
    private let phrases: [[UInt8]]
    /// Whether some phrase starts with this byte, once lower-cased: most positions are ruled out by one look-up.
    private let isFirstByte: [Bool]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Array($0.utf8) }
        var isFirstByte = [Bool](repeating: false, count: 256)
        for phrase in self.phrases {
            precondition(!phrase.isEmpty && phrase.allSatisfy { $0 < 0x80 && Self.lowercased($0) == $0 })
            isFirstByte[Int(phrase[0])] = true
        }
        self.isFirstByte = isFirstByte
    }

    /// Whether `bytes` contain one of the phrases, ASCII letters compared without case.
    func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in bytes.indices where isFirstByte[Int(Self.lowercased(bytes[start]))] {
            for phrase in phrases where phrase.count <= bytes.count - start {
                if phrase.indices.allSatisfy({ Self.lowercased(bytes[start + $0]) == phrase[$0] }) { return true }
            }
        }
        return false
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (65...90).contains(byte) ? byte | 0x20 : byte
    }
}
