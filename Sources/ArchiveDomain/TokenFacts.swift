/// What the heading detector asks about a line's tokens (its lower-cased runs of letters and digits), gathered as
/// they are read so that no array of token Strings is built: credit and by-line words, month and weekday names,
/// day numbers and years.
struct TokenFacts: Sendable {
    private(set) var hasCreditWord = false
    /// The first token is a by-line word: `By Jane Doe`, `Publié le …`.
    private(set) var startsWithByline = false
    /// `Mis à jour …`.
    var startsWithUpdateNotice: Bool { updateNoticeWords == Self.updateNotice.count }
    /// A month name with a day number just before or after it.
    private(set) var hasDayNextToMonth = false
    private var count = 0
    private var hasMonthOrNumber = false
    private var allDateWords = true
    private var previousIsMonth = false
    private var previousIsDayNumber = false
    /// How many of the first tokens are those of `updateNotice`.
    private var updateNoticeWords = 0

    /// Whether every token is a month, a weekday, a day number or a year, and there is a month or a number.
    var areOnlyADate: Bool { hasMonthOrNumber && allDateWords }

    /// Adds a token of Latin-1 code points, given as its UTF-8. Lower-casing Latin-1 keeps each code point's
    /// UTF-8 length and lead byte outside ASCII, so the first byte and the length of the lower case are known
    /// without making it: most tokens are then ruled out, and only the others are lower-cased into a String.
    mutating func add(latin1 utf8: UnsafeBufferPointer<UInt8>, length: Int, isNumber: Bool) {
        let isDayNumber = Self.isDayNumber(latin1: utf8)
        guard utf8.count < 32, Self.listedLengths[Int(utf8[0].asciiLowercased)] & 1 << utf8.count != 0 else {
            record(isMonth: false, isWeekday: false, isDayNumber: isDayNumber, isNumber: isNumber, length: length)
            return
        }
        let lowercased = String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var previous: UInt8 = 0
            for (index, byte) in utf8.enumerated() {
                // À–Þ but × (U+00C0–U+00DE but U+00D7) are C3 80–C3 9E but C3 97, 32 below their lower case.
                let isLatin1Capital = previous == 0xC3 && (0x80...0x9E).contains(byte) && byte != 0x97
                buffer[index] = isLatin1Capital ? byte + 32 : byte.asciiLowercased
                previous = byte
            }
            return utf8.count
        }
        add(lowercased, length: length, isNumber: isNumber, isDayNumber: isDayNumber)
    }

    /// Adds a lower-cased token.
    mutating func add(_ token: String) {
        add(
            token, length: token.unicodeScalars.count, isNumber: token.unicodeScalars.allSatisfy(LineShape.isDigit),
            isDayNumber: Self.isDayNumber(token))
    }

    /// Adds a lower-cased token of `length` code points.
    private mutating func add(_ token: String, length: Int, isNumber: Bool, isDayNumber: Bool) {
        let kinds = Self.listedWords[token] ?? []
        if kinds.contains(.credit) { hasCreditWord = true }
        if count == 0, kinds.contains(.byline) { startsWithByline = true }
        if kinds.contains(.updateNotice), updateNoticeWords == count, count < Self.updateNotice.count,
            token == Self.updateNotice[count]
        {
            updateNoticeWords += 1
        }
        record(
            isMonth: kinds.contains(.month), isWeekday: kinds.contains(.weekday), isDayNumber: isDayNumber,
            isNumber: isNumber, length: length)
    }

    private mutating func record(isMonth: Bool, isWeekday: Bool, isDayNumber: Bool, isNumber: Bool, length: Int) {
        if isMonth && previousIsDayNumber || isDayNumber && previousIsMonth { hasDayNextToMonth = true }
        if isMonth || isNumber { hasMonthOrNumber = true }
        if !(isMonth || isWeekday || isDayNumber || (isNumber && length == 4)) { allDateWords = false }
        previousIsMonth = isMonth
        previousIsDayNumber = isDayNumber
        count += 1
    }

    /// One or two digits, then nothing or an ordinal suffix in any case: `3`, `27`, `6th`, `1er`.
    private static func isDayNumber(latin1 utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let digits = utf8.prefix(while: { (0x30...0x39).contains($0) }).count
        guard (1...2).contains(digits) else { return false }
        let rest = utf8[digits...]
        return rest.isEmpty || daySuffixes.contains(where: { rest.lazy.map(\.asciiLowercased).elementsEqual($0.utf8) })
    }

    private static func isDayNumber(_ token: String) -> Bool {
        let digits = token.unicodeScalars.prefix(while: { ("0"..."9").contains($0) }).count
        let rest = String(token.unicodeScalars.dropFirst(digits))
        return (1...2).contains(digits) && (rest.isEmpty || daySuffixes.contains(rest))
    }

    private static let creditWords: Set<String> = [
        "photo", "photos", "crédit", "crédits", "credit", "credits", "getty", "afp", "reuters", "image", "images",
        "illustration", "illustrations", "shutterstock", "picture",
    ]
    private static let bylineWords: Set<String> = ["by", "par", "posted", "publié", "updated"]
    private static let updateNotice = ["mis", "à", "jour"]
    private static let months: Set<String> = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
        "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre",
    ]
    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]
    private static let daySuffixes: Set<String> = ["st", "nd", "rd", "th", "er"]

    /// Every listed word and its lists: one look-up per token.
    private static let listedWords: [String: ListedWordKinds] = {
        var words: [String: ListedWordKinds] = [:]
        let lists: [(Set<String>, ListedWordKinds)] = [
            (creditWords, .credit), (bylineWords, .byline), (months, .month), (weekdays, .weekday),
            (Set(updateNotice), .updateNotice),
        ]
        for (list, kind) in lists {
            for word in list { words[word, default: []].insert(kind) }
        }
        return words
    }()

    /// For each first byte, the UTF-8 lengths of the listed words that start with it (bit n: n bytes long).
    private static let listedLengths: [UInt32] = {
        var lengths = [UInt32](repeating: 0, count: 256)
        for word in listedWords.keys {
            let utf8 = Array(word.utf8)
            precondition(utf8.count < 32)
            lengths[Int(utf8[0])] |= 1 << utf8.count
        }
        return lengths
    }()
}
