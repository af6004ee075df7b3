/// A text as code points, with a same-length lower-cased "shadow" for matching (claims spec §2): typographic
/// apostrophes become `'`, no-break and thin spaces become spaces. One scalar maps to one scalar, so an offset
/// found in the shadow is valid in the original.
public struct ShadowText: Sendable {
    public let scalars: [Unicode.Scalar]
    public let shadow: [Unicode.Scalar]

    public init(_ text: String) {
        // Filled in place, with room for the UTF-8 length (no text has more code points than bytes): counting
        // the code points first and copying them cost two walks over the text.
        var text = text
        var shadow: [Unicode.Scalar] = []
        scalars = text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { scalars, initialized in
                shadow = [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { shadow, shadowInitialized in
                    shadowInitialized = Self.decode(bytes, into: scalars, folded: shadow)
                }
                initialized = shadow.count
            }
        }
        self.shadow = shadow
    }

    public var count: Int { scalars.count }

    /// Decodes valid UTF-8 (a string's own bytes) into `scalars` and their folded forms into `folded`, in one
    /// pass (walking `unicodeScalars` validated every index), and returns how many code points it wrote.
    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, into scalars: UnsafeMutableBufferPointer<Unicode.Scalar>,
        folded: UnsafeMutableBufferPointer<Unicode.Scalar>
    ) -> Int {
        var count = 0
        for value in UTF8CodePoints(bytes) {
            let scalar = Unicode.Scalar(value).unsafelyUnwrapped
            scalars[count] = scalar
            folded[count] = fold(scalar)
            count += 1
        }
        return count
    }

    public func text(_ range: Range<Int>) -> String { String.fromScalars(scalars[range]) }

    public func shadowText(_ range: Range<Int>) -> String { String.fromScalars(shadow[range]) }

    /// Writes the UTF-8 bytes of the shadow's `range` to `buffer` (which has room for them), returning
    /// how many it wrote.
    func writeShadowUTF8(_ range: Range<Int>, to buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var count = 0
        for index in range { count += shadow[index].writeUTF8(to: buffer, at: count) }
        return count
    }

    // Character classes with an ASCII fast path: the rules test every code point, and Unicode property
    // lookups dominated the extractor's profile. Numbers are ASCII digits only.
    // Latin-1 letters (U+00C0–U+00FF but × and ÷) answer without a property lookup too: French text is full
    // of them. U+00C0–U+00DE are upper case, U+00DF–U+00FF lower case.
    @inline(__always) static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 97 < 26 }
        if value &- 0xC0 < 0x40 { return value != 0xD7 && value != 0xF7 }
        return scalar.properties.isAlphabetic
    }

    @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 48 < 10 }

    @inline(__always) static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 65 < 26 }
        if value &- 0xC0 < 0x40 { return value < 0xDF && value != 0xD7 }
        return scalar.properties.isUppercase
    }

    @inline(__always) static func isLower(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value &- 97 < 26 }
        if value &- 0xC0 < 0x40 { return value >= 0xDF && value != 0xF7 }
        return scalar.properties.isLowercase
    }

    @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x80 ? value == 32 || value &- 9 < 5 : scalar.properties.isWhitespace
    }

    @inline(__always) static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        if value < 0x80 {
            return value &- 65 < 26 ? Unicode.Scalar(UInt8(truncatingIfNeeded: value + 32)) : scalar
        }
        if value &- 0xC0 < 0x40 {
            // Latin-1: an upper-case letter's lower case is 0x20 further.
            return value < 0xDF && value != 0xD7 ? Unicode.Scalar(UInt8(truncatingIfNeeded: value + 0x20)) : scalar
        }
        return foldBeyondLatin1(scalar)
    }

    @inline(never) private static func foldBeyondLatin1(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let value = scalar.value
        switch value {
        case 0x2019, 0x2018, 0x02BC, 0x00B4, 0x2032: return "'"
        case 0x00A0, 0x202F, 0x2009, 0x2007, 0x200A: return " "
        case 0x2010, 0x2011: return "-"
        default: break
        }
        guard scalar.properties.isUppercase else { return scalar }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        // Keep the length: a letter whose lower case is several scalars stays as it is.
        return lower.count == 1 ? lower.first! : scalar
    }

    /// Lower-cases and folds a lexicon entry the way the shadow is folded.
    static func normalise(_ text: String) -> String {
        // Lexicon files are written in NFC, like stored text, so folding scalar by scalar is enough.
        String.fromScalars(text.unicodeScalars.map(fold))
    }
}
