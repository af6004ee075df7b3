import ArchiveDomain
import Testing

/// Hostile and random input for every parser behind DocumentReader and for claim analysis: the answer may be an
/// error, never a crash, and what comes back must be usable (offsets inside the text they point into).
/// The same properties are fuzzed with libFuzzer by scripts/fuzz; inputs that once broke them belong here.
@Suite struct HostileInputTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed from its seed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that stress decoders and parsers: broken UTF-8, BOMs, NULs, control and combining characters,
    /// markup and JSON fragments, dates, huge numbers, bidi controls, emoji sequences.
    static let fragments: [[UInt8]] = [
        [0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0x00],
        [0x0D], [0x0A], [0x0D, 0x0A], [0x09], [0x0C], [0x1B], Array("\u{2028}".utf8), Array("\u{0301}".utf8),
        Array("\u{202E}".utf8), Array("👩‍👩‍👧‍👦".utf8), Array("2025-02-30 25:61:00".utf8), Array("2025-03-04\n".utf8),
        Array("9999999999999999999999".utf8), Array("# ".utf8), Array("---\n".utf8), Array("<p>".utf8),
        Array("</article>".utf8), Array("<![CDATA[".utf8), Array("&#x110000;".utf8), Array("&amp".utf8),
        Array("{\"title\":".utf8), Array("[[[[".utf8), Array("\"\\u".utf8), Array("\\".utf8), Array("* ".utf8),
        Array("> ".utf8), Array("```".utf8), Array("Selon le ministère, ".utf8), Array("according to ".utf8),
        Array("« ".utf8), Array(" »".utf8), Array("...".utf8), Array("M. ".utf8), Array("3,5 %".utf8), Array(" ".utf8),
        Array("a".utf8), Array("L'IA".utf8),
    ]

    static func hostileInput(_ random: inout SeededGenerator) -> [UInt8] {
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            if Bool.random(using: &random) {
                bytes += fragments.randomElement(using: &random)!
            } else {
                bytes.append(UInt8.random(in: 0...255, using: &random))
            }
        }
        return bytes
    }

    /// What an import relies on: every unit lies inside its section, and its text is exactly that span.
    static func expectUsable(_ documents: [ArticleDocument]) {
        let extractor = ClaimExtractor()
        for document in documents {
            for section in document.sections {
                let scalars = Array(section.text.unicodeScalars)
                for unit in extractor.analyze(section.text, language: document.language) {
                    #expect(0 <= unit.start && unit.start <= unit.end && unit.end <= scalars.count)
                    guard 0 <= unit.start, unit.start <= unit.end, unit.end <= scalars.count else { continue }
                    var span = String.UnicodeScalarView()
                    span.append(contentsOf: scalars[unit.start..<unit.end])
                    #expect(String(span) == unit.text)
                }
            }
        }
    }

    @Test(arguments: SourceFormat.allCases)
    func randomAndHostileBytesGiveAnErrorOrAUsableArticle(format: SourceFormat) {
        var random = SeededGenerator(state: 0xA5C1_1E00 &+ UInt64(SourceFormat.allCases.firstIndex(of: format)!))
        let reader = DocumentReader()
        var parsed = 0
        for _ in 0..<600 {
            var input = Self.hostileInput(&random)
            // Half the cases start like a real article, so the parsers get past their first line.
            if Bool.random(using: &random) { input = Array("2025-03-04\nA title\n".utf8) + input }
            guard let documents = try? reader.read(input, format: format) else { continue }
            parsed += 1
            Self.expectUsable(documents)
        }
        if format == .text { #expect(parsed > 20, "too few inputs got past the parser to test anything") }
    }

    @Test func emptyInputIsAnErrorNotACrash() {
        for format in SourceFormat.allCases {
            #expect(throws: ArticleParseError.self) { try DocumentReader().read([], format: format) }
        }
    }

    /// Inputs kept because they are the shapes most likely to break a parser: found by fuzzing or by hand.
    static let regressions: [[UInt8]] = [
        Array("2025-03-04\n\n\n\n".utf8),
        Array("2025-03-04\nTitle\n\u{0301}\u{0301}\u{0301}.".utf8),
        Array("2025-03-04\nTitle\n« »« ».\n».".utf8),
        Array("\u{FEFF}\u{FEFF}2025-03-04\nTitle\nBody.".utf8),
        Array("2025-03-04\nTitle\n\r\r\r\n\r".utf8),
        [0xEF, 0xBB, 0xBF, 0x00, 0x0A, 0xFF, 0x0A],
        Array("2025-03-04\nTitle\n".utf8) + Array(repeating: 0x2E, count: 5000),
        Array("2025-03-04\nTitle\n".utf8) + Array(String(repeating: "M. ", count: 800).utf8),
        Array("Title only".utf8),
        // A sentence that opens on a comma before its reporting verb: no subject before it (found by scripts/fuzz).
        Array("2025-03-04\nTitle\n, a déclaré que la reprise serait durable.".utf8),
    ]

    @Test(arguments: regressions)
    func regressionInputsStayHarmless(input: [UInt8]) {
        for format in SourceFormat.allCases {
            if let documents = try? DocumentReader().read(input, format: format) { Self.expectUsable(documents) }
        }
    }

    @Test func sentenceAnalysisSurvivesRandomText() {
        var random = SeededGenerator(state: 42)
        let extractor = ClaimExtractor()
        for _ in 0..<400 {
            let text = String(decoding: Self.hostileInput(&random), as: UTF8.self)
            let scalars = Array(text.unicodeScalars)
            for language in [Language.french, .english] {
                for unit in extractor.analyze(text, language: language) {
                    #expect(0 <= unit.start && unit.start <= unit.end && unit.end <= scalars.count)
                }
            }
        }
    }
}
