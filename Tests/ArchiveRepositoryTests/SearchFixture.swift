import ArchiveDomain
import ArchiveRepository

/// A private in-memory archive holding articles written for the search tests.
struct SearchFixture {
    let repository: ArticleRepository
    private(set) var ids: [String: ArticleID] = [:]

    init(path: String = ":memory:") throws {
        repository = try ArticleRepository(path: path)
    }

    init(repository: ArticleRepository) {
        self.repository = repository
    }

    /// Stores an article; `sections` pairs a heading (nil for the lead) with its paragraphs.
    @discardableResult
    mutating func add(
        _ name: String, title: String, language: Language, date: String = "2025-03-01",
        sections: [(String?, [String])]
    ) throws -> ArticleID {
        var blocks = [Block(role: .title, text: title, line: 1)]
        for (heading, paragraphs) in sections {
            if let heading { blocks.append(Block(role: .heading, text: heading, line: blocks.count + 1)) }
            for paragraph in paragraphs {
                blocks.append(Block(role: .paragraph, text: paragraph, line: blocks.count + 1))
            }
        }
        let document = ArticleDocument(
            title: title, published: try PublicationDate(parsing: date), language: language, blocks: blocks,
            format: .text)
        let outcome = try repository.save(
            try PreparedArticle(sourcePath: "/test/\(name).txt", document: document),
            importedAt: "2025-01-01T00:00:00Z")
        guard case .imported(let id) = outcome else { throw FixtureError.notImported(name) }
        ids[name] = id
        return id
    }

    enum FixtureError: Error { case notImported(String) }

    /// Names of the articles a search finds, best first.
    func names(
        _ text: String, exact: Bool = false, unit: SearchQuery.Unit = .articles,
        filter: ArticleFilter = ArticleFilter(),
        order: SearchQuery.Order = .relevance, limit: Int = 50
    ) throws -> [String] {
        let hits = try search(text, exact: exact, unit: unit, filter: filter, order: order, limit: limit).hits
        return hits.map { hit in ids.first { $0.value == hit.articleID }?.key ?? "?" }
    }

    func search(
        _ text: String, exact: Bool = false, unit: SearchQuery.Unit = .articles,
        filter: ArticleFilter = ArticleFilter(),
        order: SearchQuery.Order = .relevance, limit: Int = 50, offset: Int = 0
    ) throws -> SearchResults {
        let query = try FTSQuery(userText: text, exact: exact, scope: unit == .claims ? .claims : .sections)
        return try repository.search(
            SearchQuery(text: query, filter: filter, unit: unit, order: order, limit: limit, offset: offset))
    }

    /// Articles for the tests, our own text: every test searches the same small archive.
    static func standard() throws -> SearchFixture {
        var fixture = try SearchFixture()
        try fixture.add(
            "publication", title: "Les laboratoires publient leurs résultats", language: .french, date: "2025-01-10",
            sections: [
                (nil, ["Les équipes publient chaque année un bilan de leurs travaux sur le climat."]),
                (
                    "Une étude attendue",
                    ["La revue a publiée une synthèse que les chercheurs faisaient circuler depuis mai."]
                ),
            ])
        try fixture.add(
            "vacances", title: "Les familles vont à la mer", language: .french, date: "2025-02-10",
            sections: [(nil, ["Cet été, les familles vont plus souvent sur la côte atlantique que l'an dernier."])])
        try fixture.add(
            "gouvernements", title: "Réunion des gouvernements européens", language: .french, date: "2025-03-10",
            sections: [
                (nil, ["Les gouvernements ont signé un accord sur l'énergie à Bruxelles."]),
                (
                    "Le développement des réseaux",
                    ["Le texte prévoit le développement des réseaux électriques d'ici 2030."]
                ),
            ])
        try fixture.add(
            "runners", title: "City marathon draws record crowd", language: .english, date: "2025-04-10",
            sections: [(nil, ["Thousands of people were running through the old town on Sunday, organisers said."])])
        try fixture.add(
            "countries", title: "Trade talks between countries resume", language: .english, date: "2025-05-10",
            sections: [
                (nil, ["Ministers from twelve countries met in Geneva to discuss tariffs on steel."]),
                ("Open source software", ["The agreement also covers open source software used by public agencies."]),
            ])
        try fixture.add(
            "ia", title: "L'intelligence artificielle en Chine", language: .french, date: "2025-06-10",
            sections: [
                (
                    nil,
                    ["La Chine investit massivement dans l'intelligence artificielle, selon un rapport publié lundi."]
                ),
                ("Le rôle de l'État", ["L'IA générative reste encadrée par une loi adoptée en 2023."]),
            ])
        return fixture
    }
}
