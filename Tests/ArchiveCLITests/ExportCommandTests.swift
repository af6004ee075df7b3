import Foundation
import Testing

@Suite struct ExportCommandTests {
    @Test func exportWritesOneRowPerArticleWithHeader() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        try cli.run(["import", CLIRunner.packageRoot.appendingPathComponent("examples/articles").path])
        let result = try cli.run(["export", "articles"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("id,title,published,lang,"))
        #expect(result.stdout.contains("« Nous ne reculerons pas. Jamais ! »"))
        let sections = try cli.run(["export", "sections", "--lang", "en"])
        #expect(sections.stdout.contains("Households still waiting"))
        #expect(!sections.stdout.contains("Des modèles ouverts"))
    }

    @Test func unknownTableIsAUsageError() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        #expect(try cli.run(["export", "everything"]).status == 2)
    }
}
