import ArchiveDomain
import ArchiveRepository
import Testing

@Suite struct ArticleRepositoryTests {
    let now = "2025-06-01T00:00:00Z"

    @Test func savesArticleWithSectionsAndClaims() throws {
        let repository = try ArticleRepository(path: ":memory:")
        let outcome = try repository.save(try Samples.prepared(Samples.french, path: "/a/fr.txt"), importedAt: now)
        guard case .imported(let id) = outcome else {
            Issue.record("expected imported, got \(outcome)")
            return
        }
        let article = try #require(try repository.article(id: id))
        #expect(article.title == "L'Europe cherche sa voie dans l'intelligence artificielle")
        #expect(article.published == "2025-02-11T08:30:00")
        #expect(article.language == .french)
        let sections = try repository.sections(of: id)
        #expect(sections.map(\.section.heading) == [nil, "Des modèles ouverts"])
        let claims = try repository.claims(of: id)
        #expect(claims.count == 2)
        for claim in claims {
            let text = try #require(sections.first { $0.id == claim.sectionID }?.section.text)
            let scalars = Array(text.unicodeScalars)[claim.start..<claim.end]
            #expect(String(String.UnicodeScalarView(scalars)) == claim.text)
        }
    }

    @Test func reimportingSameContentIsUnchangedAndChangedContentReplaces() throws {
        let repository = try ArticleRepository(path: ":memory:")
        guard
            case .imported(let id) = try repository.save(
                try Samples.prepared(Samples.english, path: "/e.txt"), importedAt: now)
        else {
            Issue.record("first save should import")
            return
        }
        #expect(
            try repository.save(try Samples.prepared(Samples.english, path: "/e.txt"), importedAt: now)
                == .unchanged(id))
        let edited = Samples.english.replacing("fell by 7%", with: "fell by 9%")
        #expect(try repository.save(try Samples.prepared(edited, path: "/e.txt"), importedAt: now) == .updated(id))
        let stats = try repository.statistics()
        #expect(stats.articles == 1)
        #expect(stats.sections == 2)
        #expect(try repository.claims(of: id).contains { $0.text.contains("9%") })
        #expect(try !repository.claims(of: id).contains { $0.text.contains("7%") })
    }

    @Test func sameContentAtAnotherPathIsADuplicateUnlessForced() throws {
        let repository = try ArticleRepository(path: ":memory:")
        guard
            case .imported(let id) = try repository.save(
                try Samples.prepared(Samples.english, path: "/one.txt"), importedAt: now)
        else {
            Issue.record("first save should import")
            return
        }
        #expect(
            try repository.save(try Samples.prepared(Samples.english, path: "/two.txt"), importedAt: now)
                == .duplicate(of: id, path: "/one.txt"))
        let forced = try repository.save(
            try Samples.prepared(Samples.english, path: "/two.txt"), force: true, importedAt: now)
        guard case .imported = forced else {
            Issue.record("forced save should import, got \(forced)")
            return
        }
        #expect(try repository.statistics().articles == 2)
    }

    @Test func deleteRemovesRowsAndIndexEntries() throws {
        let repository = try ArticleRepository(path: ":memory:")
        guard
            case .imported(let id) = try repository.save(
                try Samples.prepared(Samples.french, path: "/fr.txt"), importedAt: now)
        else {
            Issue.record("save should import")
            return
        }
        _ = try repository.save(try Samples.prepared(Samples.english, path: "/en.txt"), importedAt: now)
        let query = try FTSQuery(userText: "gouvernements")
        #expect(try repository.search(SearchQuery(text: query)).total == 1)
        #expect(try repository.delete([id]) == 1)
        #expect(try repository.search(SearchQuery(text: query)).total == 0)
        let stats = try repository.statistics()
        #expect(stats.articles == 1)
        #expect(stats.sections == 2)
        #expect(try repository.claims(of: id).isEmpty)
    }

    @Test func listFiltersByDateAndLanguage() throws {
        let repository = try ArticleRepository(path: ":memory:")
        _ = try repository.save(try Samples.prepared(Samples.french, path: "/fr.txt"), importedAt: now)
        _ = try repository.save(try Samples.prepared(Samples.english, path: "/en.txt"), importedAt: now)
        #expect(try repository.articles().map(\.language) == [.english, .french], "newest first")
        #expect(try repository.articles(matching: ArticleFilter(language: .french)).count == 1)
        #expect(try repository.articles(matching: ArticleFilter(since: "2025-03-01")).map(\.language) == [.english])
        #expect(try repository.articles(matching: ArticleFilter(until: "2025-02-11")).map(\.language) == [.french])
    }
}
