/// A word or number of a sentence, with code-point offsets into the analysed text and its folded form.
public struct Token: Sendable, Equatable {
    public enum Shape: Sendable, Equatable {
        case word
        case number
        /// A single punctuation mark (kept so rules can see clause boundaries and quotes).
        case punctuation
    }

    public var start: Int
    public var end: Int
    /// Lower-cased, apostrophe-normalised text (from the shadow).
    public var folded: String
    public var shape: Shape
    /// The first letter is upper case in the original.
    public var isCapitalised: Bool
    /// Every letter is upper case (acronyms: `OFCE`, `PSG`), at least two letters.
    public var isAllCaps: Bool
    /// The folded text holds a `-` (`a-t-il`, `vingt-trois`): rules that split words on hyphens test this
    /// instead of scanning every word's bytes.
    public var containsHyphen: Bool = false
    /// The folded text holds a `'` (an elided clitic: `s'établirait`, `jusqu'`).
    public var containsApostrophe: Bool = false
    /// The last code point of the folded text: verb-ending tests reject most words on it alone.
    public var lastScalar: Unicode.Scalar
    /// The word's number in the lexicons' vocabulary, -1 when no lexicon entry contains it: phrase lookups
    /// then compare integers, and unknown words skip them altogether.
    public var id: Int32 = -1

    public var isWord: Bool { shape == .word }
}
