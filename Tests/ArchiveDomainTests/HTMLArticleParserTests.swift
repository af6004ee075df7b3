import Testing

@testable import ArchiveDomain

@Suite struct HTMLArticleParserTests {
    private let page = """
        <!DOCTYPE html>
        <html lang="fr"><head>
        <title>Le port agrandi | La Gazette du Littoral</title>
        <meta property="og:title" content="Le port agrandi">
        <meta property="og:site_name" content="La Gazette du Littoral">
        <meta property="article:published_time" content="2025-06-03T07:45:00+02:00">
        <meta name="author" content="Paul Morel">
        <meta property="article:tag" content="port">
        <meta property="article:tag" content="travaux">
        <meta name="keywords" content="actualité, info, news, gratuit">
        <link rel="canonical" href="https://gazette.example/port">
        <script>var tracking = "ne doit pas apparaître";</script>
        <style>p { color: red }</style>
        </head><body>
        <header><nav><a href="/">Accueil</a> <a href="/sport">Sport</a> <a href="/meteo">Météo</a></nav></header>
        <main><article class="article-body">
        <h1>Le port agrandi</h1>
        <div class="share-bar"><a href="#">Partager sur les réseaux</a></div>
        <p>Les travaux du port, lancés en 2023, se sont achevés lundi, a annoncé la mairie, après deux ans de chantier.</p>
        <p>Le quai nord mesure désormais 400 mètres, contre 250 auparavant, et accueille des navires plus grands.</p>
        <h2>Un coût maîtrisé</h2>
        <p>Le budget, fixé à 12 millions d'euros, a été respecté selon la région, qui en a financé la moitié.</p>
        <!-- un commentaire HTML -->
        <div class="read-also"><a href="/autre">Lire aussi : la plage rouverte</a></div>
        </article>
        <aside><p>Les plus lus : dix articles qui n'ont rien à voir avec le port, classés par popularité.</p></aside>
        </main>
        <footer><p>© La Gazette du Littoral, tous droits réservés, mentions légales et contact.</p></footer>
        </body></html>
        """

    @Test func extractsTheArticleWithoutPageFurniture() throws {
        let document = try HTMLArticleParser().parse(page)
        let sections = document.sections
        #expect(sections.map(\.heading) == [nil, "Un coût maîtrisé"])
        #expect(sections[0].text.hasPrefix("Les travaux du port"))
        #expect(sections[0].text.contains("Le quai nord mesure"))
        let all = document.blocks.map(\.text).joined(separator: " ")
        for furniture in ["Accueil", "Partager", "Lire aussi", "plus lus", "droits réservés", "tracking", "color"] {
            #expect(!all.contains(furniture), "\(furniture) should not be in the body")
        }
    }

    @Test func readsTitleDateAuthorURLAndLanguage() throws {
        let document = try HTMLArticleParser().parse(page)
        #expect(document.title == "Le port agrandi")
        #expect(document.published?.iso8601 == "2025-06-03T07:45:00+02:00")
        #expect(document.author == "Paul Morel")
        #expect(document.tags == ["port", "travaux"])
        #expect(document.url == "https://gazette.example/port")
        #expect(document.language == .french)
        #expect(document.format == .html)
        #expect(document.blocks.map(\.line) == Array(1...document.blocks.count))
    }

    @Test func cleansTheSiteNameFromTheDocumentTitle() throws {
        let html = """
            <html><head><title>Rain returns to the valley - Valley Times</title></head><body><div>
            <p>Rain fell for the first time in forty days on Tuesday, the weather service said, ending a long drought.</p>
            <p>Farmers welcomed the change, although they said more rain would be needed before the harvest.</p>
            </div></body></html>
            """
        let document = try HTMLArticleParser().parse(html)
        #expect(document.title == "Rain returns to the valley")
        #expect(document.language == .english)
    }

    @Test func keepsFrenchQuotesAndDropsASectionKicker() throws {
        let html = """
            <html><head><title>Le maire accusé de « fraude » : l'enquête avance - Le Quotidien</title>
            <meta property="og:title" content="Le maire accusé de « fraude » : l'enquête avance"></head><body>
            <h1><span>Politique</span> | Le maire accusé de « fraude » : l'enquête avance</h1><article>
            <p>Les enquêteurs ont entendu trois témoins mardi, selon le parquet, qui attend encore des documents.</p>
            </article></body></html>
            """
        let document = try HTMLArticleParser().parse(html)
        #expect(document.title == "Le maire accusé de « fraude » : l'enquête avance")
    }

    @Test func readsTheDateFromJSONLinkedData() throws {
        let html = """
            <html><head><title>Harbour news</title>
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour news",
             "datePublished": "2024-11-05T10:00:00Z", "author": [{"@type": "Person", "name": "Ines Duarte"}]}</script>
            </head><body><article><p>The harbour reopened to ships on Monday after the storm damage was repaired.</p>
            </article></body></html>
            """
        let document = try HTMLArticleParser().parse(html)
        #expect(document.published?.iso8601 == "2024-11-05T10:00:00Z")
        #expect(document.author == "Ines Duarte")
    }

    @Test func refusesAPageWithNoText() {
        #expect(throws: ArticleParseError.self) {
            try HTMLArticleParser().parse("<html><head><script>x()</script></head><body></body></html>")
        }
    }
}
