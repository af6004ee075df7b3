import Testing

@testable import ArchiveDomain

@Suite struct UnicodeNormalizationTests {
    @Test func foldingRemovesAccentsCaseAndCompatibilityForms() {
        #expect(UnicodeNormalization.folded("Élysée") == "elysee")
        #expect(UnicodeNormalization.folded("ﬁnance ＡＢＣ") == "finance abc")
    }

    @Test func nfcComposesDecomposedAccents() {
        #expect(UnicodeNormalization.nfc("e\u{301}te\u{301}").unicodeScalars.count == 3)
    }

    /// One Arabic ligature decomposes into 18 letters, past the first buffer ICU is given: it must still fold.
    @Test func textThatGrowsManyTimesOverStillFolds() {
        let ligatures = String(repeating: "\u{FDFA}", count: 40)
        let folded = UnicodeNormalization.folded(ligatures)
        #expect(folded != ligatures)
        #expect(folded.unicodeScalars.count == 40 * 18)
        #expect(!folded.unicodeScalars.contains("\u{FDFA}"))
    }
}
