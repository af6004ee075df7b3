/// What the extractor says about one claim sentence (claims spec §5–§10). Offsets are code points into the
/// text that was analysed.
public struct ClaimAnalysis: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case factual, prediction, causal, comparative, quantitative, opinion
    }

    public enum Hedging: String, Sendable, CaseIterable, Codable {
        case asserted, hedged, conditional
    }

    public var kind: Kind
    public var kinds: [Kind]
    public var hedging: Hedging
    public var cues: [Cue]
    public var vague: Bool
    public var attribution: Attribution?
    public var actors: [Actor]
    public var numbers: [NumberMention]
    public var checkworthiness: Double

    public init(
        kind: Kind = .factual, kinds: [Kind] = [.factual], hedging: Hedging = .asserted, cues: [Cue] = [],
        vague: Bool = false, attribution: Attribution? = nil, actors: [Actor] = [], numbers: [NumberMention] = [],
        checkworthiness: Double = 0
    ) {
        self.kind = kind
        self.kinds = kinds
        self.hedging = hedging
        self.cues = cues
        self.vague = vague
        self.attribution = attribution
        self.actors = actors
        self.numbers = numbers
        self.checkworthiness = checkworthiness
    }
}

/// A word or phrase that made the extractor decide something (a hedge, a condition, a booster).
public struct Cue: Equatable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `cond-verb`, `modal`, `adverb`, `predicate`, `weasel`, `booster`, `condition`.
    public var cueClass: String
    /// `strong` or `weak`.
    public var strength: String

    enum CodingKeys: String, CodingKey {
        case text, start, end, strength
        case cueClass = "class"
    }

    public init(text: String, start: Int, end: Int, cueClass: String, strength: String) {
        self.text = text
        self.start = start
        self.end = end
        self.cueClass = cueClass
        self.strength = strength
    }
}

/// Who a claim is ascribed to, and how.
public struct Attribution: Equatable, Sendable, Codable {
    public enum SourceType: String, Sendable, Codable, CaseIterable {
        case named, pronoun, vague, anonymous
    }

    public var source: String
    public var start: Int
    public var end: Int
    public var cue: String
    public var type: SourceType

    public init(source: String, start: Int, end: Int, cue: String, type: SourceType) {
        self.source = source
        self.start = start
        self.end = end
        self.cue = cue
        self.type = type
    }
}

/// A person, organisation, place or concept named in a claim, with its canonical name.
public struct Actor: Equatable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    /// `person`, `org`, `place`, `concept` or `unknown`.
    public var type: String
    public var norm: String

    public init(text: String, start: Int, end: Int, type: String, norm: String) {
        self.text = text
        self.start = start
        self.end = end
        self.type = type
        self.norm = norm
    }
}

/// A number in a claim, with its value and what it measures.
public struct NumberMention: Equatable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public var value: Double?
    public var unit: String?
    /// `percent`, `money`, `count`, `year`, `date`, `time`, `rank`, `ordinal`.
    public var kind: String
    public var approx: Bool

    public init(text: String, start: Int, end: Int, value: Double?, unit: String?, kind: String, approx: Bool) {
        self.text = text
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit
        self.kind = kind
        self.approx = approx
    }
}
