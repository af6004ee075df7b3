extension FrenchVerbForms {
    /// A stem or ending that words are tested against with `hasSuffix`, ready to compare as bytes: stems are
    /// tested against dozens of them, and each `String.hasSuffix` walked characters.
    struct Suffix {
        let text: String
        let bytes: [UInt8]
        /// Every code point is below U+0300 (see `ends`).
        let isNarrow: Bool

        init(_ text: String) {
            self.text = text
            bytes = Array(text.utf8)
            isNarrow = !bytes.contains { $0 >= 0xCC }
        }

        /// `word.hasSuffix(text)`, where `bytes` are the word's UTF-8 bytes. When both are narrow, every code
        /// point is a character of its own and both are in NFC, so equal characters are equal bytes; otherwise
        /// the strings compare.
        func ends(_ word: String, _ wordBytes: UnsafeBufferPointer<UInt8>, isNarrow wordIsNarrow: Bool) -> Bool {
            guard isNarrow, wordIsNarrow else { return word.hasSuffix(text) }
            guard wordBytes.count >= bytes.count else { return false }
            let start = wordBytes.count - bytes.count
            for offset in bytes.indices where wordBytes[start + offset] != bytes[offset] { return false }
            return true
        }
    }
}
