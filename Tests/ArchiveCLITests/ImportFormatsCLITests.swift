import Foundation
import Testing

/// Runs the built `archive` binary on a folder that mixes every format, as a user would.
@Suite struct ImportFormatsCLITests {
    private let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "formats-cli-\(UUID().uuidString)")
    private var inbox: URL { folder.appendingPathComponent("inbox") }

    private func run(_ arguments: [String], stdin: String? = nil) throws -> CLIRunner.Result {
        try CLIRunner(database: folder.appendingPathComponent("archive.sqlite").path).run(arguments, stdin: stdin)
    }

    private func write(_ name: String, _ bytes: [UInt8]) throws {
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        try Data(bytes).write(to: inbox.appendingPathComponent(name))
    }

    private func makeMixedFolder() throws {
        try write(
            "plain.txt",
            Array("2025-05-01\nTram line extended\nThe tram line now reaches the airport, the city said.\n".utf8))
        try write(
            "note.md",
            Array(
                "---\ntitle: Rivers rising\ntags: [water, weather]\nauthor: Lee Park\n---\nThe river rose by two metres.\n"
                    .utf8))
        try write(
            "one.json",
            Array("{\"title\": \"Budget passed\", \"body\": \"The council passed the budget on Monday.\"}".utf8))
        try write(
            "feed.jsonl",
            Array(
                "{\"title\": \"Feed one\", \"text\": \"First feed item text.\"}\n{\"title\": \"Feed two\", \"text\": \"Second feed item text.\"}\n"
                    .utf8))
        let page =
            "<html lang=\"en\"><head><title>Museum reopens - City News</title></head><body><nav><a href=\"/\">Home</a></nav><article><p>The city museum reopened on Saturday after a two-year renovation, its director said.</p></article></body></html>"
        try write("page.html", Array(page.utf8))
        try write(
            "old.txt",
            [
                0x43, 0x61, 0x66, 0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72, 0x0A, 0x4C, 0x65, 0x20, 0x63, 0x61, 0x66, 0xE9,
                0x20, 0x65, 0x73, 0x74, 0x20, 0x6E, 0x6F, 0x69, 0x72, 0x2E,
            ])
        try write("broken.json", Array("[{\"title\": \"x\"\n".utf8))
        try write("empty.md", [])
        try write("ignored.pdf", [0x25, 0x50, 0x44, 0x46])
    }

    @Test func importsAMixedFolderWithTheRightCounts() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try makeMixedFolder()
        let first = try run(["import", "--verbose", inbox.path])
        #expect(first.status == 1)
        #expect(first.stdout.hasSuffix("imported 7, updated 0, unchanged 0, failed 2\n"))
        #expect(first.stdout.components(separatedBy: "imported  ").count - 1 == 7)
        let errors = first.stderr.split(separator: "\n")
        #expect(errors.contains { $0.hasPrefix("Error: ") && $0.contains("broken.json: line 2") })
        #expect(errors.contains { $0.hasPrefix("Error: ") && $0.contains("empty.md: the file is empty") })
        #expect(errors.contains { $0.hasPrefix("Warning: ") && $0.contains("old.txt") && $0.contains("Windows-1252") })
        #expect(!first.stderr.contains("ignored.pdf"))

        let again = try run(["import", "--quiet", inbox.path])
        #expect(again.status == 1)
        #expect(again.stdout.isEmpty)
        #expect(!again.stderr.contains("Warning"))

        let tagged = try run(["list", "--tag", "water"])
        #expect(tagged.status == 0)
        #expect(tagged.stdout.split(separator: "\n").map { $0.split(separator: "\t").last ?? "" } == ["Rivers rising"])
        let byAuthor = try run(["list", "--author", "lee park"])
        #expect(byAuthor.stdout.contains("Rivers rising"))
    }

    @Test func readsStandardInputWithAFormat() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let note = "---\ntitle: From a pipe\n---\nThis note came through standard input.\n"
        let imported = try run(["import", "--format", "markdown", "-"], stdin: note)
        #expect(imported.status == 0)
        #expect(imported.stdout == "imported 1, updated 0, unchanged 0, failed 0\n")
        let guessed = try run(
            ["import", "-"], stdin: "{\"title\": \"Guessed\", \"body\": \"JSON recognised by its content.\"}")
        #expect(guessed.stdout == "imported 1, updated 0, unchanged 0, failed 0\n")
        let dry = try run(["import", "--dry-run", "-"], stdin: "# Only checked\n\nNothing is written.\n")
        #expect(dry.stdout.contains("checked 1 (dry run, nothing written)"))
        let listed = try run(["list"])
        #expect(listed.stdout.split(separator: "\n").count == 2)
    }

    @Test func rejectsAnUnknownFormatAsAUsageError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try run(["import", "--format", "pdf", "-"], stdin: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("auto"))
    }
}
