/// French verb morphology for the conditional (claims spec §5b) and the simple future (§7): both are built on
/// the future stem, which ends in `r` (`ser-ait`, `prendr-ont`); the imparfait of `-rer`/`-rir` verbs
/// (`entrait`, `tirait`) looks the same and is told apart by a list of stems.
struct FrenchVerbForms {
    private let auxiliaries: Set<String>
    private let nonVerbs: Set<String>
    private let imparfaitStems: Set<String>
    /// The stems of at least four letters, which also rule out longer stems ending in them; counted once here
    /// rather than for every candidate verb.
    private let longImparfaitStems: [Suffix]
    private let stemEndings: [Suffix]
    private let futureNonVerbs: Set<String>

    init(lexicon: Lexicon) {
        auxiliaries = lexicon.words("cond_auxiliaries")
        nonVerbs = lexicon.words("cond_nonverbs")
        imparfaitStems = lexicon.words("imparfait_r_stems")
        longImparfaitStems = imparfaitStems.filter { $0.count >= 4 }.map(Suffix.init)
        stemEndings = lexicon.words("future_stem_endings").sorted { $0.count > $1.count }.map(Suffix.init)
        futureNonVerbs = lexicon.words("future_nonverbs")
    }

    /// `serait`, `pourraient`, `déclarerait`… but not `entrait`, `portrait`, `rions`.
    func isConditional(_ word: String) -> Bool {
        guard Self.mayHaveREnding(word, Self.conditionalEndings, future: false) else { return false }
        let token = Self.stripClitic(word)
        if auxiliaries.contains(token) { return true }
        if nonVerbs.contains(token) { return false }
        guard let stem = Self.strip(token, endings: Self.conditionalEndingTexts) else { return false }
        if stem.ending == "ions" || stem.ending == "iez", token.count <= 5 { return false }
        return isFutureStem(stem.stem)
    }

    /// `isConditional(token.folded)`, most words rejected on the token's flags before any string work.
    /// Inlined, like `isFuture(_:)`: passing the token to a call copied it, for every word of a sentence.
    @inline(__always) func isConditional(_ token: Token) -> Bool {
        Self.mayEnd(token, future: false) && isConditional(token.folded)
    }

    /// `isFuture(token.folded)`, most words rejected on the token's flags before any string work.
    @inline(__always) func isFuture(_ token: Token) -> Bool {
        Self.mayEnd(token, future: true) && isFuture(token.folded)
    }

    /// The first test of `mayHaveREnding` (last byte, clitic marks) from what the tokenizer recorded: a last
    /// code point beyond ASCII ends in a continuation byte, which ends no verb form.
    @inline(__always) private static func mayEnd(_ token: Token, future: Bool) -> Bool {
        switch token.lastScalar {
        case "t", "s", "z": true
        case "i", "a": future || token.containsApostrophe || token.containsHyphen
        default: token.containsApostrophe || token.containsHyphen
        }
    }

    /// `sera`, `prendront`, `augmentera`, `aurai`… but not `opéra`, `entra`.
    func isFuture(_ word: String) -> Bool {
        guard Self.mayHaveREnding(word, Self.futureEndings, future: true) else { return false }
        let token = Self.stripClitic(word)
        if futureNonVerbs.contains(token) || nonVerbs.contains(token) { return false }
        if Self.avoirSavoirFutures.contains(token) { return true }
        guard let stem = Self.strip(token, endings: Self.futureEndingTexts) else { return false }
        if stem.ending == "a", token.count < 4 { return false }
        return isFutureStem(stem.stem)
    }

    private func isFutureStem(_ stem: String) -> Bool {
        guard stem.hasSuffix("r"), stem.count >= 2 else { return false }
        if imparfaitStems.contains(stem) { return false }
        let text = stem
        var stem = stem
        return stem.withUTF8 { bytes in
            let isNarrow = !bytes.contains { $0 >= 0xCC }
            for listed in longImparfaitStems where listed.ends(text, bytes, isNarrow: isNarrow) { return false }
            return stemEndings.contains { $0.ends(text, bytes, isNarrow: isNarrow) }
        }
    }

    private static func strip(_ token: String, endings: [String]) -> (stem: String, ending: String)? {
        for ending in endings where token.hasSuffix(ending) && token.count > ending.count {
            return (String(token.dropLast(ending.count)), ending)
        }
        return nil
    }

    // Built once: array literals in the functions were rebuilt at every call.
    private static let avoirSavoirFutures = ["aura", "auront", "aurai", "aurons", "aurez", "saura", "sauront"]
    private static let futureEndingTexts = ["ont", "ons", "ez", "ai", "a"]
    private static let conditionalEndingTexts = ["aient", "ions", "iez", "ais", "ait"]
    /// The same endings as bytes, for `hasREnding`.
    private static let conditionalEndings = conditionalEndingTexts.map { Array($0.utf8) }
    private static let futureEndings = futureEndingTexts.map { Array($0.utf8) }

    /// The cheap test run before any string work, on the word's bytes: false when `word` holds no clitic mark
    /// (so it is its own verb form) and its last byte ends no conditional (`t`, `s`, `z`) or, with `future`, no
    /// future ending (also `i`, `a`); else `hasREnding(stripClitic(word), endings)`. The bytes tell where the
    /// clitics end unless a byte of a code point from U+0300 on occurs (a combining mark joins the `'` or `-`
    /// before it into another character): then the stripped string decides.
    private static func mayHaveREnding(_ word: String, _ endings: [[UInt8]], future: Bool) -> Bool {
        var word = word
        let answer = word.withUTF8 { bytes -> Bool? in
            guard let last = bytes.last else { return false }
            var coreStart = 0
            var hasHyphen = false
            var isNarrow = true
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte == UInt8(ascii: "'") {
                    coreStart = index + 1
                } else if byte == UInt8(ascii: "-") {
                    hasHyphen = true
                } else if byte >= 0xCC {
                    isNarrow = false
                }
            }
            switch last {
            case UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "z"): break
            case UInt8(ascii: "i") where future, UInt8(ascii: "a") where future: break
            default: if coreStart == 0 && !hasHyphen { return false }
            }
            guard isNarrow else { return nil }
            var coreEnd = bytes.count
            for index in coreStart..<bytes.count where bytes[index] == UInt8(ascii: "-") {
                coreEnd = index
                break
            }
            return hasREnding(bytes, coreStart..<coreEnd, endings)
        }
        if let answer { return answer }
        var stripped = stripClitic(word)
        return stripped.withUTF8 { hasREnding($0, 0..<$0.count, endings) }
    }

    /// Whether the word in `bytes[word]` ends with one of `endings` right after an `r` (`-rait`, `-ront`).
    /// Most words fail it.
    private static func hasREnding(
        _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>, _ endings: [[UInt8]]
    ) -> Bool {
        let count = word.count
        let end = word.upperBound
        guard count >= 3 else { return false }
        for ending in endings {
            let length = ending.count
            guard count > length else { continue }
            var matches = true
            for offset in 0..<length where bytes[end - length + offset] != ending[offset] {
                matches = false
                break
            }
            if matches, bytes[end - length - 1] == UInt8(ascii: "r") { return true }
        }
        return false
    }

    /// `s'établirait` → `établirait`; `pourrait-il` → `pourrait`.
    static func stripClitic(_ word: String) -> String {
        guard word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") }) else { return word }
        var token = Substring(word)
        if let apostrophe = token.lastIndex(of: "'") { token = token[token.index(after: apostrophe)...] }
        if let hyphen = token.firstIndex(of: "-") { token = token[..<hyphen] }
        return String(token)
    }
}
