import Testing

@testable import ArchiveDomain

@Suite struct HeadingDetectorTests {
    let detector = HeadingDetector()

    // Paragraphs of our own, long enough to read as running text.
    let harbour =
        "The harbour authority said on Tuesday that the new quay would open in the spring, two years later than planned, after the contractor found old foundations under the site."
    let budget =
        "Local councillors approved a budget of twelve million euros for the works, and the port expects the first container ships to call there before the end of the summer season."
    let fishermen =
        "Fishermen who use the old pier will keep their moorings during the works, the authority added, although some of them say they were never consulted about the timetable."
    let reforme =
        "Le conseil municipal a voté mardi soir un budget de douze millions d'euros pour les travaux du port, qui devraient durer deux ans selon les services de la ville et du département."
    let pecheurs =
        "Les pêcheurs qui utilisent encore la vieille jetée garderont leurs places pendant les travaux, a précisé la mairie, même si plusieurs d'entre eux disent ne pas avoir été consultés."

    @Test func loneShortLineBetweenParagraphsIsAHeading() {
        let lines = [harbour, "A Long Wait for the Quay", budget, fishermen]
        #expect(detector.classify(lines) == [false, true, false, false])
    }

    @Test func runOfShortListItemsIsNotHeadings() {
        let lines = [harbour, "Ingredients", "200 g flour", "2 eggs", "1 pinch of salt", "100 ml milk", budget]
        let headings = detector.classify(lines)
        #expect(headings[2...5].allSatisfy { !$0 }, "list items are not headings: \(headings)")
    }

    @Test func photoCreditIsNotAHeading() {
        let lines = [harbour, "Photo : AFP / Jeanne Martin", budget]
        #expect(detector.classify(lines)[1] == false)
    }

    @Test func questionIntertitleIsAHeading() {
        let lines = [harbour, "What happens to the fishermen?", fishermen, budget]
        #expect(detector.classify(lines)[1] == true)
    }

    @Test func quotedIntertitleIsAHeading() {
        let lines = [reforme, "\"Une question de confiance\"", pecheurs]
        #expect(detector.classify(lines)[1] == true)
    }

    @Test func dashWrappedIntertitleIsAHeading() {
        let lines = [reforme, "- Colère des pêcheurs -", pecheurs]
        #expect(detector.classify(lines)[1] == true)
        #expect(detector.features(of: lines)[1].contains(.dashWrapped))
    }

    @Test func shortSentenceWithFinalPeriodIsNotAHeading() {
        let lines = [harbour, "The works start in May.", budget]
        #expect(detector.classify(lines)[1] == false)
    }

    @Test func dateLineIsNotAHeading() {
        let lines = [harbour, "April 3, 2019", budget]
        #expect(detector.classify(lines)[1] == false)
        #expect(detector.features(of: lines)[1].contains(.dateLike))
    }

    @Test func lastLineIsNotAHeading() {
        let lines = [harbour, budget, "Jeanne Martin"]
        #expect(detector.classify(lines)[2] == false)
    }

    @Test func lineWithoutLettersIsNotAHeading() {
        let lines = [harbour, "* * *", budget]
        #expect(detector.classify(lines)[1] == false)
    }

    @Test func numberedParallelSectionsAreHeadings() {
        let lines = [
            harbour, "1. Check the timetable", budget, "2. Ask the harbour master", fishermen,
            "3. Keep your mooring papers", harbour,
        ]
        #expect(detector.classify(lines) == [false, true, false, true, false, true, false])
    }

    @Test func longListOfItemsHasNoHeadings() {
        let items = (1...2_000).map { "Item \($0) of the inventory" }
        let headings = detector.classify([harbour] + items + [budget])
        #expect(headings.filter { $0 }.isEmpty)
    }

    @Test func noLinesGiveNoDecisions() {
        #expect(detector.classify([]).isEmpty)
    }

    @Test func everyFeatureHasAWeight() {
        let missing = HeadingFeature.allCases.filter { HeadingDetector.weights[$0] == nil }
        #expect(missing.isEmpty, "features without a weight: \(missing); rerun scripts/heading-train")
    }

    @Test func scoreIsTheSumOfFeatureWeights() throws {
        let weight = try #require(HeadingDetector.weights[.isolated])
        let bias = try #require(HeadingDetector.weights[.bias])
        #expect(detector.score([.bias, .isolated]) == bias + weight)
    }
}
