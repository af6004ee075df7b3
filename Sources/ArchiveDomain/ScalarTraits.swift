/// The Unicode facts the parsers ask about a code point, as Python's `str` methods see them (the heading
/// features mirror `scripts/heading_features.py`). Asking the standard library per code point was the largest cost
/// of parsing (every property is a table search), so the answers for the code points most text is made of — ASCII,
/// Latin, Greek, Cyrillic, Hebrew, Arabic, punctuation — are computed once by the same definitions and read from a
/// table.
struct ScalarTraits: OptionSet, Sendable {
    let rawValue: UInt8

    /// General category L*: `str.isalpha`.
    static let letter = ScalarTraits(rawValue: 1 << 0)
    static let uppercase = ScalarTraits(rawValue: 1 << 1)
    static let lowercase = ScalarTraits(rawValue: 1 << 2)
    static let whitespace = ScalarTraits(rawValue: 1 << 3)
    /// Numeric type decimal or digit: `str.isdigit`.
    static let digit = ScalarTraits(rawValue: 1 << 4)
    /// Any numeric type (`½` too).
    static let numeric = ScalarTraits(rawValue: 1 << 5)
    /// The Unicode Alphabetic property, wider than `letter` (some marks, letter-like numbers).
    static let alphabetic = ScalarTraits(rawValue: 1 << 6)

    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// The traits of the code point `value` (which must be one).
    @inline(__always)
    init(_ value: UInt32) {
        if value < 0x80 {
            self = Self.ascii(value)
        } else if value < 0x800 {
            self = ScalarTraits(rawValue: Self.table[Int(value)])
        } else if (0x2000..<0x2100).contains(value) {
            self = ScalarTraits(rawValue: Self.table[Int(value - 0x2000) + 0x800])
        } else {
            self = Self.computed(for: Unicode.Scalar(value)!)
        }
    }

    /// ASCII is most of the text, and its answers are a few comparisons, cheaper than reading the table.
    private static func ascii(_ value: UInt32) -> ScalarTraits {
        if (0x61...0x7A).contains(value) { return [.letter, .lowercase, .alphabetic] }
        if (0x41...0x5A).contains(value) { return [.letter, .uppercase, .alphabetic] }
        if (0x30...0x39).contains(value) { return [.digit, .numeric] }
        if value == 0x20 || (0x09...0x0D).contains(value) { return .whitespace }
        return []
    }

    /// The first 2,048 code points, then General Punctuation and its neighbours (U+2000–U+20FF: ’ — … €, the
    /// narrow no-break space), which French text uses on every line.
    private static let table: [UInt8] = (Array(0..<0x800) + Array(0x2000..<0x2100)).map {
        computed(for: Unicode.Scalar(UInt32($0))!).rawValue
    }

    // Kept out of line: inlined, its type look-ups ran for every code point, not only the rare ones it serves.
    @inline(never)
    private static func computed(for scalar: Unicode.Scalar) -> ScalarTraits {
        var traits: ScalarTraits = []
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: traits.insert(.letter)
        default: break
        }
        if properties.isUppercase { traits.insert(.uppercase) }
        if properties.isLowercase { traits.insert(.lowercase) }
        if properties.isWhitespace { traits.insert(.whitespace) }
        if let type = properties.numericType {
            traits.insert(.numeric)
            if type == .decimal || type == .digit { traits.insert(.digit) }
        }
        if properties.isAlphabetic { traits.insert(.alphabetic) }
        return traits
    }
}
