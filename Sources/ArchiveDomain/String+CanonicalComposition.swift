import FoundationEssentials

extension StringProtocol {
    /// The text in Unicode NFC. Normalising copies every line through ICU; most news text
    /// is already NFC, so a scan first proves when nothing could change and the copy is skipped.
    var canonicallyComposed: String {
        let isStable =
            utf8.withContiguousStorageIfAvailable(String.isStableUnderNFC)
            ?? unicodeScalars.allSatisfy { String.isStableUnderNFC($0.value) }
        return isStable ? String(self) : UnicodeNormalization.nfc(String(self))
    }
}

extension String {
    /// The UTF-8 text `utf8` in Unicode NFC, as `canonicallyComposed` gives it.
    init(canonicallyComposing utf8: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: utf8, as: UTF8.self)
        self = Self.isStableUnderNFC(utf8) ? text : UnicodeNormalization.nfc(text)
    }

    fileprivate static func isStableUnderNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        UTF8CodePoints(utf8).allSatisfy(isStableUnderNFC)
    }

    /// Scalars NFC leaves alone whatever surrounds them: below U+0300 (no combining mark, no singleton, nothing
    /// composes onto them without a mark), and the punctuation and currency blocks French text uses (’ « » — …
    /// € and the narrow no-break space), minus U+2000/U+2001, which NFC maps to U+2002/U+2003.
    fileprivate static func isStableUnderNFC(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2002...0x20CF).contains(value)
    }
}
