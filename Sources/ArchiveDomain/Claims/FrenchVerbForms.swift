/// French verb morphology for the conditional (claims spec §5b) and the simple future (§7): both are built on
/// the future stem, which ends in `r` (`ser-ait`, `prendr-ont`); the imparfait of `-rer`/`-rir` verbs
/// (`entrait`, `tirait`) looks the same and is told apart by a list of stems.
struct FrenchVerbForms {
    private let auxiliaries: Set<String>
    private let nonVerbs: Set<String>
    private let imparfaitStems: Set<String>
    private let stemEndings: [String]
    private let futureNonVerbs: Set<String>

    init(lexicon: Lexicon) {
        auxiliaries = lexicon.words("cond_auxiliaries")
        nonVerbs = lexicon.words("cond_nonverbs")
        imparfaitStems = lexicon.words("imparfait_r_stems")
        stemEndings = lexicon.words("future_stem_endings").sorted { $0.count > $1.count }
        futureNonVerbs = lexicon.words("future_nonverbs")
    }

    /// `serait`, `pourraient`, `déclarerait`… but not `entrait`, `portrait`, `rions`.
    func isConditional(_ word: String) -> Bool {
        // Every conditional ending ends in `t`, `s` or `z`: most words are rejected on their last byte.
        if !Self.lastByteMayEnd(word, future: false) { return false }
        let token = Self.stripClitic(word)
        guard Self.hasREnding(token, ["ait", "ais", "aient", "ions", "iez"]) else { return false }
        if auxiliaries.contains(token) { return true }
        if nonVerbs.contains(token) { return false }
        guard let stem = Self.strip(token, endings: ["aient", "ions", "iez", "ais", "ait"]) else { return false }
        if stem.ending == "ions" || stem.ending == "iez", token.count <= 5 { return false }
        return isFutureStem(stem.stem)
    }

    /// `sera`, `prendront`, `augmentera`, `aurai`… but not `opéra`, `entra`.
    func isFuture(_ word: String) -> Bool {
        if !Self.lastByteMayEnd(word, future: true) { return false }
        let token = Self.stripClitic(word)
        guard Self.hasREnding(token, ["ont", "ons", "ez", "ai", "a"]) else { return false }
        if futureNonVerbs.contains(token) || nonVerbs.contains(token) { return false }
        if ["aura", "auront", "aurai", "aurons", "aurez", "saura", "sauront"].contains(token) { return true }
        guard let stem = Self.strip(token, endings: ["ont", "ons", "ez", "ai", "a"]) else { return false }
        if stem.ending == "a", token.count < 4 { return false }
        return isFutureStem(stem.stem)
    }

    private func isFutureStem(_ stem: String) -> Bool {
        guard stem.hasSuffix("r"), stem.count >= 2 else { return false }
        if imparfaitStems.contains(stem) { return false }
        for listed in imparfaitStems where listed.count >= 4 && stem.hasSuffix(listed) { return false }
        return stemEndings.contains { stem.hasSuffix($0) }
    }

    /// False when `word` holds no clitic mark (so it is its own verb form) and its last byte ends no conditional
    /// (`t`, `s`, `z`) or, with `future`, no future ending (also `i`, `a`).
    @inline(__always) private static func lastByteMayEnd(_ word: String, future: Bool) -> Bool {
        guard let last = word.utf8.last else { return false }
        switch last {
        case UInt8(ascii: "t"), UInt8(ascii: "s"), UInt8(ascii: "z"): return true
        case UInt8(ascii: "i"), UInt8(ascii: "a"): if future { return true }
        default: break
        }
        return word.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == UInt8(ascii: "-") })
    }

    private static func strip(_ token: String, endings: [String]) -> (stem: String, ending: String)? {
        for ending in endings where token.hasSuffix(ending) && token.count > ending.count {
            return (String(token.dropLast(ending.count)), ending)
        }
        return nil
    }

    /// A cheap byte test run before any string work: the word ends with one of `endings` right after an `r`
    /// (`-rait`, `-ront`). Most words fail it.
    private static func hasREnding(_ token: String, _ endings: [StaticString]) -> Bool {
        let bytes = token.utf8
        let count = bytes.count
        guard count >= 3 else { return false }
        for ending in endings {
            let length = ending.utf8CodeUnitCount
            guard count > length else { continue }
            var matches = true
            var index = bytes.index(bytes.endIndex, offsetBy: -length)
            var offset = 0
            while offset < length {
                if bytes[index] != ending.utf8Start[offset] {
                    matches = false
                    break
                }
                index = bytes.index(after: index)
                offset += 1
            }
            if matches, bytes[bytes.index(bytes.endIndex, offsetBy: -length - 1)] == UInt8(ascii: "r") { return true }
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
