import Testing

@testable import ArchiveDomain

@Suite struct ClaimExtractorTests {
    static let frenchArticle = """
        Selon l'Insee, le chômage s'établirait à 7,3 % fin 2025. « Nous ne reculerons pas. Jamais ! », a-t-il affirmé.
        Pourquoi les prix montent-ils ? Merci de votre lecture.
        M. Dupont, le maire de Lyon, a déclaré que la ville ☕️ investirait 12 millions d'euros. Bref.
        Si la Chine baisse ses prix, les fabricants européens pourraient perdre 20 % de leurs ventes.
        """
    static let englishArticle = """
        The U.S. economy grew 2.1% in the second quarter, the Commerce Department said on Thursday.
        "We will not back down. Never!" she said. Please subscribe to our newsletter today.
        If rates stay high, home sales could fall further next year, according to analysts at Acme Inc.
        """

    @Test func offsetsSelectExactlyTheUnitText() {
        for (text, language) in [(Self.frenchArticle, Language.french), (Self.englishArticle, .english)] {
            let scalars = Array(text.unicodeScalars)
            for unit in ClaimExtractor().analyze(text, language: language) {
                #expect(String(String.UnicodeScalarView(scalars[unit.start..<unit.end])) == unit.text)
                for cue in unit.claim?.cues ?? [] {
                    #expect(String(String.UnicodeScalarView(scalars[cue.start..<cue.end])) == cue.text)
                }
                for number in unit.claim?.numbers ?? [] {
                    #expect(String(String.UnicodeScalarView(scalars[number.start..<number.end])) == number.text)
                }
                for actor in unit.claim?.actors ?? [] {
                    #expect(String(String.UnicodeScalarView(scalars[actor.start..<actor.end])) == actor.text)
                }
            }
        }
    }

    @Test func unitTypesFollowTheSpecOrder() {
        let units = ClaimExtractor().analyze(Self.frenchArticle, language: .french)
        let types = units.map(\.type)
        #expect(types.contains(.question))
        #expect(types.contains(.directive))
        #expect(types.contains(.fragment))
        #expect(units.first { $0.text.hasPrefix("« Nous") }?.claim?.attribution?.type == .pronoun)
        let english = ClaimExtractor().analyze(Self.englishArticle, language: .english)
        #expect(english.first { $0.text.hasPrefix("Please") }?.type == .directive)
        #expect(english.first { $0.text.hasPrefix("If rates") }?.claim?.hedging == .conditional)
    }

    @Test func analysisIsDeterministic() {
        let first = ClaimExtractor().analyze(Self.frenchArticle, language: .french)
        let second = ClaimExtractor().analyze(Self.frenchArticle, language: .french)
        #expect(first == second)
    }

    @Test func everyClaimHasAScoreBetweenZeroAndOneAndTheVersionNamesTheLexicons() {
        for unit in ClaimExtractor().analyze(Self.englishArticle, language: .english) {
            if let claim = unit.claim { #expect((0...1).contains(claim.checkworthiness)) }
        }
        #expect(ClaimExtractor.version.contains(Lexicon.fingerprint))
        #expect(!Lexicon.french.words("reporting_verbs").isEmpty && !Lexicon.english.words("reporting_verbs").isEmpty)
    }

    @Test func headingsAndMetadataAreNotClaims() {
        let units = ClaimExtractor().analyze(
            "Photo : Jean Martin\nLes Grandes Manœuvres du Budget\n2025-03-20", language: .french)
        #expect(units.map(\.type) == [.metadata, .heading, .metadata])
    }
}

@Suite struct ClaimExtractorLongArticleTests {
    /// Reading a long article whole gives, sentence for sentence, what reading its sentences one by one gives.
    @Test func longArticleGivesTheSameUnitsAsSentenceBySentence() {
        let templates = [
            "Selon l'Insee, le chômage s'établirait à 7,3 % fin 2025.",
            "La Chine pourrait proposer une alternative aux modèles américains.",
            "Si les prix montent, la Banque de France relèvera ses taux.",
            "Le maire Jean Dupont a déclaré que la piscine rouvrira en juin.",
            "Trois écoles ont fermé dans la vallée cet hiver.",
            "Cette décision est inacceptable pour les habitants du quartier.",
        ]
        let sentences = (0..<60).map { templates[$0 % templates.count] }
        let whole = ClaimExtractor().analyze(sentences.joined(separator: " "), language: .french)
        let one = ClaimExtractor().analyze(sections: sentences, language: .french).flatMap { $0 }
        func summary(_ unit: SentenceUnit) -> String {
            let claim = unit.claim
            return [
                unit.text, unit.type.rawValue, claim?.kind.rawValue ?? "", claim?.hedging.rawValue ?? "",
                claim?.attribution?.source ?? "", (claim?.actors.map(\.norm) ?? []).joined(separator: "|"),
                (claim?.numbers.map(\.text) ?? []).joined(separator: "|"),
            ].joined(separator: "·")
        }
        #expect(whole.count == 60)
        #expect(whole.map(summary) == one.map(summary))
        #expect(zip(whole, whole.dropFirst()).allSatisfy { $0.end < $1.start })
    }
}
