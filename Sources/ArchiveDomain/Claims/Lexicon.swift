import FoundationEssentials

/// The word lists and maps the claim rules use for one language, read once from the JSON files in
/// `Lexicons/` (embedded in the binary at build time). Lists hold lower-cased, apostrophe-normalised words or
/// phrases; phrases are matched token by token through `PhraseSet`.
public struct Lexicon: Sendable {
    public let language: Language
    private let lists: [String: [String]]
    private let maps: [String: [String: String]]

    /// A version that changes whenever a lexicon file changes, stored with claims (via `ClaimExtractor.version`).
    public static let fingerprint: String = {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in EmbeddedLexicons.files.sorted(by: { $0.name < $1.name }) {
            for byte in file.contents.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }()

    public static let french = Lexicon.embedded(.french)
    public static let english = Lexicon.embedded(.english)

    public static func forLanguage(_ language: Language) -> Lexicon {
        language == .french ? french : english
    }

    private struct File: Decodable {
        var lists: [String: [String]]
        var maps: [String: [String: String]]
    }

    private static func embedded(_ language: Language) -> Lexicon {
        guard let file = EmbeddedLexicons.files.first(where: { $0.name == language.rawValue }) else {
            preconditionFailure("no lexicon embedded for \(language.rawValue): check Sources/ArchiveDomain/Lexicons")
        }
        do {
            let decoded = try JSONDecoder().decode(File.self, from: Data(file.contents.utf8))
            return Lexicon(language: language, lists: decoded.lists, maps: decoded.maps)
        } catch {
            preconditionFailure("lexicon \(language.rawValue).json is not valid: \(error)")
        }
    }

    init(language: Language, lists: [String: [String]], maps: [String: [String: String]]) {
        self.language = language
        self.lists = lists.mapValues { $0.map(ShadowText.normalise) }
        self.maps = maps.mapValues { map in
            Dictionary(map.map { (ShadowText.normalise($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The words of list `name` (empty when the language has no such list).
    public func words(_ name: String) -> Set<String> { Set(lists[name] ?? []) }

    /// The vocabulary ids of the one-word entries of list `name`: membership tests on integers.
    func ids(_ name: String) -> Set<Int32> {
        Set((lists[name] ?? []).map(Vocabulary.id).filter { $0 >= 0 })
    }

    /// The entries of list `name` as phrases to match on tokens.
    public func phrases(_ name: String) -> PhraseSet { PhraseSet(lists[name] ?? []) }

    public func map(_ name: String) -> [String: String] { maps[name] ?? [:] }
}
