import Testing

@testable import ArchiveDomain

@Suite struct HTMLTitleChoiceTests {
    private let body = """
        <article><p>The ferry between the two islands ran again on Monday after a month of repairs to the pier.</p>
        <p>Islanders had crossed by fishing boat in the meantime, the harbour master said at the reopening.</p></article>
        """

    private func title(head: String, headings: String = "") throws -> String {
        try HTMLArticleParser().parse("<html><head>\(head)</head><body>\(headings)\(body)</body></html>").title
    }

    @Test func keepsARubricThatTheSharingTitlesCarry() throws {
        let title = try title(
            head: """
                <title>Sauvons la halle du marché | Le Journal des Îles</title>
                <meta property="og:title" content="Pétition : Sauvons la halle du marché">
                <meta name="twitter:title" content="Pétition : Sauvons la halle du marché">
                <meta property="og:site_name" content="Le Journal des Îles">
                """,
            headings: "<h1>Sauvons la halle du marché</h1>")
        #expect(title == "Pétition : Sauvons la halle du marché")
    }

    @Test func dropsARubricOnlyTheHeadingCarries() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="Ferry service resumes after a month">
                """,
            headings: "<h1><span>Local News</span> | Ferry service resumes after a month</h1>")
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func dropsAHeadingThatEndsInABadgeTheMetadataLack() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="Ferry service resumes after a month">
                <meta name="twitter:title" content="Ferry service resumes after a month">
                """,
            headings: "<h1>Ferry service resumes after a month <span class=\"badge\">Premium</span></h1>")
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func keepsALongerHeadingWhenOnlyOneSourceDeclaresATitle() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="Ferry service resumes after a month">
                """,
            headings: "<h1>Ferry service resumes after a month's wait</h1>")
        #expect(title == "Ferry service resumes after a month's wait")
    }

    @Test func keepsAHeadingWhoseEndingTheSharingTitlesShortened() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="Ferry service resumes on the island after a month">
                <meta name="twitter:title" content="Ferry service resumes on the island after a month">
                """,
            headings: "<h1>Ferry service resumes on the island after a month of pier repairs</h1>")
        #expect(title == "Ferry service resumes on the island after a month of pier repairs")
    }

    @Test func keepsASubtitleThatIsNotTheSiteName() throws {
        let title = try title(
            head: """
                <title>How to grow a lemon tree from seed | Step-by-Step Guide</title>
                <meta property="og:site_name" content="Garden Notes">
                """)
        #expect(title == "How to grow a lemon tree from seed | Step-by-Step Guide")
    }

    @Test func cutsTheSiteNameFoundInTheHost() throws {
        let title = try title(
            head: """
                <title>Ferry service resumes after a month - Harbour Herald</title>
                <link rel="canonical" href="https://www.harbourherald.com/news/ferry-resumes">
                """)
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func cutsASiteNameThatTheHyphenatedDomainShortens() throws {
        let title = try title(
            head: """
                <title>Ferry service resumes after a month ‹ Tidewater Island Ferries Trust</title>
                <link rel="canonical" href="https://www.tidewater-trust.org/ferry-resumes">
                """)
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func keepsAPartThatOnlySharesAShortDomainLead() {
        let choice = HTMLTitleChoice(siteNames: [], url: "https://new-harbour.com/ferry")
        #expect(choice.clean("Ferry service resumes | New timetable") == "Ferry service resumes | New timetable")
    }

    @Test func keepsAHeadlineThatStartsWithTheDomainLead() {
        let choice = HTMLTitleChoice(siteNames: [], url: "https://tidewater-trust.org/ferry")
        #expect(choice.clean("Tidewater ferry resumes | Timetable") == "Tidewater ferry resumes | Timetable")
    }

    @Test func cutsTheSiteNameFromTheFrontToo() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="Harbour Herald | Ferry service resumes after a month">
                <meta property="og:site_name" content="Harbour Herald">
                """)
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func skipsAHeadingThatIsTheSiteName() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="Ferry service resumes after a month">
                <meta name="twitter:title" content="Harbour Herald">
                <meta property="og:site_name" content="Harbour Herald">
                """,
            headings: "<h1>Harbour Herald</h1>")
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func withoutAHeadingTakesTheTitleMostSourcesAgreeOn() throws {
        let title = try title(
            head: """
                <title>Islanders cross by fishing boat while the pier is mended - Harbour Herald</title>
                <meta property="og:title" content="You won't believe how islanders got to work">
                <meta property="og:site_name" content="Harbour Herald">
                <script type="application/ld+json">{"@type": "NewsArticle",
                 "headline": "Islanders cross by fishing boat while the pier is mended"}</script>
                """)
        #expect(title == "Islanders cross by fishing boat while the pier is mended")
    }

    @Test func theSpellingMostSourcesShareWins() throws {
        let title = try title(
            head: """
                <meta property="og:title" content="The island's ferry runs again">
                <meta name="twitter:title" content="The island's ferry runs again">
                <script type="application/ld+json">{"@type": "NewsArticle", "headline": "The islands ferry runs again"}
                </script>
                """)
        #expect(title == "The island's ferry runs again")
    }

    @Test func anApplicationNameThatIsTheTitleNamesNoSite() throws {
        let title = try title(
            head: """
                <title>Ferry service resumes after a month</title>
                <meta name="application-name" content="Ferry service resumes after a month">
                """,
            headings: "<h1>Ferry service resumes after a month</h1>")
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func aTitleWithTextWinsOverAnEmptyOne() throws {
        let title = try title(
            head: """
                <title></title><title>Ferry service resumes after a month | Harbour Herald</title>
                <meta property="og:site_name" content="Harbour Herald">
                <meta property="og:title" content="The day the ferry came back">
                """,
            headings: "<h1>Ferry service resumes after a month</h1>")
        #expect(title == "Ferry service resumes after a month")
    }

    @Test func namesSiteMatchesAPartContainingTheSiteName() {
        let choice = HTMLTitleChoice(siteNames: ["Mail Online"], url: nil)
        #expect(choice.namesSite("Daily Mail Online"))
        #expect(!choice.namesSite("Daily Mail Online", whole: true))
        #expect(!choice.namesSite("Step-by-Step Guide"))
        #expect(choice.clean("Rain returns | Daily Mail Online") == "Rain returns")
    }
}
