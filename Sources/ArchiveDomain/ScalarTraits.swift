/// The Unicode facts the parsers ask about a code point, as Python's `str` methods see them (the heading
/// features mirror `scripts/heading_features.py`). Asking the standard library per code point was the largest cost
/// of parsing (every property is a table search), so the answers for the first 2,048 code points — ASCII, Latin,
/// Greek, Cyrillic, Hebrew, Arabic — are computed once by the same definitions and read from a table.
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
    init(_ value: UInt32) {
        self =
            value < Self.table.count
            ? ScalarTraits(rawValue: Self.table[Int(value)]) : Self.computed(for: Unicode.Scalar(value)!)
    }

    private static let table: [UInt8] = (0..<0x800).map { computed(for: Unicode.Scalar(UInt32($0))!).rawValue }

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
