import FoundationEssentials

extension StringProtocol {
    /// The text in Unicode NFC. Normalising copies every line through ICU; most news text
    /// is already NFC, so a scan first proves when nothing could change and the copy is skipped.
    var canonicallyComposed: String {
        if utf8.allSatisfy({ $0 < 0x80 }) || unicodeScalars.allSatisfy({ Self.isStableUnderNFC($0.value) }) {
            return String(self)
        }
        return UnicodeNormalization.nfc(String(self))
    }

    /// Scalars NFC leaves alone whatever surrounds them: below U+0300 (no combining mark, no singleton, nothing
    /// composes onto them without a mark), and the punctuation and currency blocks French text uses (’ « » — …
    /// € and the narrow no-break space), minus U+2000/U+2001, which NFC maps to U+2002/U+2003.
    private static func isStableUnderNFC(_ value: UInt32) -> Bool {
        value < 0x300 || (0x2002...0x20CF).contains(value)
    }
}
