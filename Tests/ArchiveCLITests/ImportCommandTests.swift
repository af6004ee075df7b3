import Foundation
import Testing

@Suite struct ImportCommandTests {
    let examples = CLIRunner.packageRoot.appendingPathComponent("examples/articles").path

    @Test func importsFolderAndReportsUnchangedOnSecondRun() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let first = try cli.run(["import", examples])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("imported 4, updated 0, unchanged 0, failed 0"))
        let second = try cli.run(["import", examples])
        #expect(second.stdout.contains("imported 0, updated 0, unchanged 4, failed 0"))
        let stats = try cli.run(["stats"])
        #expect(stats.stdout.contains("articles   4 (en 2, fr 2)"))
    }

    @Test func badFileIsNamedAndOthersStillImport() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "2025-01-01\nUn titre\nUn paragraphe qui dit quelque chose de vrai.\n".write(
            to: folder.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
        try "2025-13-45\nTitre\nTexte.\n".write(
            to: folder.appendingPathComponent("bad-date.txt"), atomically: true, encoding: .utf8)
        try Data([0x41, 0x00, 0x42]).write(to: folder.appendingPathComponent("binary.txt"))
        let result = try cli.run(["import", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("imported 1, updated 0, unchanged 0, failed 2"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2, "one line per failed file: \(result.stderr)")
        #expect(errors.contains { $0.contains("bad-date.txt") && $0.contains("line 1") && $0.contains("2025-13-45") })
        #expect(errors.contains { $0.contains("binary.txt") && $0.contains("NUL") })
        #expect(!result.stderr.contains("SQLite"))
    }

    @Test func changedFileReplacesItsArticle() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let folder = try CLIRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.txt")
        try "2025-01-01\nPremier titre\nUn paragraphe sur les marchés de l'énergie.\n".write(
            to: file, atomically: true, encoding: .utf8)
        try cli.run(["import", file.path])
        try "2025-01-01\nSecond titre\nUn paragraphe sur les marchés du gaz naturel.\n".write(
            to: file, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", file.path])
        #expect(result.stdout.contains("imported 0, updated 1"))
        #expect(try cli.run(["search", "énergie"]).stdout.contains("No article matches"))
        #expect(try cli.run(["search", "gaz"]).stdout.contains("Second titre"))
    }

    @Test func readsStandardInput() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(
            ["import", "-"], stdin: "2025-05-05\nDepuis l'entrée standard\nUn texte arrivé par un tube Unix.\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try cli.run(["search", "tube"]).stdout.contains("Depuis l'entrée standard"))
    }

    @Test func missingPathIsAnErrorWithExitStatusOne() throws {
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let result = try cli.run(["import", "/no/such/folder"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'/no/such/folder' does not exist"))
    }
}
