import Foundation
import Testing

@Suite struct SearchCommandTests {
    private func importedArchive() throws -> CLIRunner {
        let cli = CLIRunner()
        try cli.run(["import", CLIRunner.packageRoot.appendingPathComponent("examples/articles").path])
        return cli
    }

    @Test func findsAccentedWordsFromPlainQueryAndMarksMatches() throws {
        let cli = try importedArchive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "nappes phreatiques"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Les chercheurs publient un rapport sur la sécheresse"))
        #expect(result.stdout.contains("[phréatiques]"), "piped output marks matches with brackets")
    }

    @Test(arguments: ["l'IA", "open-source", "\"Chine:", "C++", "10 %", "(unbalanced", "NEAR OR AND"])
    func awkwardQueriesGiveResultsOrACleanMessage(_ query: String) throws {
        let cli = try importedArchive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", query])
        #expect(result.status == 0, "\(query): \(result.stderr)")
        #expect(!result.stderr.contains("SQLite"))
        #expect(!result.stdout.contains("SQLite"))
    }

    @Test func punctuationOnlyQueryIsExplained() throws {
        let cli = try importedArchive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "?!"])
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stderr.contains("no letters or digits"))
    }

    @Test func emptyQueryIsAUsageError() throws {
        let cli = try importedArchive()
        defer { cli.cleanUp() }
        #expect(try cli.run(["search", ""]).status == 2)
        #expect(try cli.run(["search"]).status == 2)
    }

    @Test func jsonOutputHasMatchOffsets() throws {
        let cli = try importedArchive()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "gas", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let hits = try #require(object["hits"] as? [[String: Any]])
        let hit = try #require(hits.first)
        let snippet = try #require(hit["snippet"] as? String)
        let matches = try #require(hit["matches"] as? [[Int]])
        let scalars = Array(snippet.unicodeScalars)
        for match in matches {
            #expect(String(String.UnicodeScalarView(scalars[match[0]..<match[1]])).lowercased() == "gas")
        }
        #expect(object["total"] as? Int == 1)
    }

    @Test func searchBeforeAnyImportSaysWhatToDo() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["search", "anything"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("import some articles first"))
    }

    /// `aimed` has the English root of the French `aime` (loves): without --lang both languages' roots apply,
    /// with --lang fr the query is read as French and finds nothing.
    @Test func langReadsTheQueryInThatLanguage() throws {
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("2025-03-01\nVacances\n\nElle aime la mer en hiver, quand la plage est vide.\n".utf8).write(
            to: folder.appendingPathComponent("mer.txt"))
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["import", "--quiet", folder.path])
        #expect(try cli.run(["search", "aimed"]).stdout.contains("Vacances"))
        let french = try cli.run(["search", "aimed", "--lang", "fr"])
        #expect(french.status == 0)
        #expect(!french.stdout.contains("Vacances"), "\(french.stdout)")
        #expect(try cli.run(["search", "aimer", "--lang", "fr"]).stdout.contains("Vacances"))
    }
}
