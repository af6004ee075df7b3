import ArchiveDomain
import Foundation
import Testing

@testable import ArchiveRepository

/// Imports of folders that mix formats and bad files: every bad file gets its one-line reason, the others are
/// imported, and nothing of a failed file is left in the archive.
@Suite struct ImporterFormatsTests {
    /// A temporary folder holding our own sample files, removed at the end of each test.
    final class Folder {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("importer-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(at: url) }

        @discardableResult
        func write(_ name: String, _ text: String) throws -> String {
            try write(name, Array(text.utf8))
        }

        @discardableResult
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let file = url.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            return file.path
        }
    }

    static let goodFiles: [(String, String)] = [
        ("a-text.txt", "2025-03-01\nPrices in March\nPrices rose by 3% in March, the office said.\n"),
        (
            "b-note.md",
            "---\ntitle: Rivers\ndate: 2025-03-02\ntags: [water]\nauthor: Lee\n---\nThe river rose by two metres overnight.\n"
        ),
        (
            "c-feed.jsonl",
            "{\"title\": \"One\", \"body\": \"The first item says little.\"}\n{\"title\": \"Two\", \"body\": \"The second item says more.\"}\n"
        ),
        (
            "d-page.html",
            "<html lang=\"en\"><head><title>Bridge opens</title></head><body><article><p>The new bridge opened on Friday after three years of work, the council said.</p></article></body></html>"
        ),
    ]

    static let badFiles: [(String, [UInt8], String)] = [
        ("e-empty.txt", [], "the file is empty"),
        ("f-binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], "NUL byte"),
        ("g-broken.json", Array("{\"title\": \"x\",\n \"body\": }".utf8), "line 2, column 10: JSON syntax error"),
        ("h-open.md", Array("---\ntitle: Open\nText.\n".utf8), "never closed"),
        (
            "i-date.md", Array("---\ntitle: Dated\ndate: 2025-13-45\n---\nText.\n".utf8),
            "'2025-13-45' is not a real date"
        ),
    ]

    private func importAll(_ folder: Folder, options: ImportOptions = ImportOptions(), repository: ArticleRepository)
        throws -> (ImportSummary, [ImportOutcome])
    {
        let (files, missing) = InputFile.expand([folder.url.path])
        #expect(missing.isEmpty)
        var outcomes: [ImportOutcome] = []
        let summary = try Importer(repository: repository, options: options).run(files) { outcome, _ in
            outcomes.append(outcome)
        }
        return (summary, outcomes)
    }

    @Test func importsEveryFormatAndReportsEachBadFileOnOneLine() throws {
        let folder = try Folder()
        for (name, text) in Self.goodFiles { try folder.write(name, text) }
        for (name, bytes, _) in Self.badFiles { try folder.write(name, bytes) }
        let repository = try ArticleRepository(path: ":memory:")
        let (summary, outcomes) = try importAll(folder, repository: repository)

        #expect(summary.imported == 5)
        #expect(summary.failed == Self.badFiles.count)
        for (name, _, reason) in Self.badFiles {
            let message = outcomes.compactMap { outcome -> String? in
                guard outcome.file.displayName.hasSuffix(name), case .failed(let message) = outcome.status else {
                    return nil
                }
                return message
            }.first
            let line = try #require(message, "\(name) should have failed")
            #expect(line.contains(name))
            #expect(line.contains(reason), "\(line)")
            #expect(!line.contains("\n"))
        }
        let stored = try repository.articles()
        #expect(Set(stored.map(\.title)) == ["Prices in March", "Rivers", "One", "Two", "Bridge opens"])
        #expect(Set(stored.map(\.format)) == [.text, .markdown, .json, .html])
        let note = try #require(stored.first { $0.title == "Rivers" })
        #expect(note.tags == ["water"])
        #expect(note.author == "Lee")
    }

    @Test func warnsAboutLatin1AndUTF16IsReadSilently() throws {
        let folder = try Folder()
        // "Été chaud" in Latin-1, then in UTF-16 little-endian with its byte-order mark.
        try folder.write(
            "latin1.txt",
            [0x54, 0x69, 0x74, 0x72, 0x65, 0x0A, 0xC9, 0x74, 0xE9, 0x20, 0x63, 0x68, 0x61, 0x75, 0x64, 0x2E])
        let utf16 = "Titre seize\nLe texte arrive en UTF-16.\n"
        try folder.write("utf16.txt", [0xFF, 0xFE] + utf16.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let repository = try ArticleRepository(path: ":memory:")
        let (summary, outcomes) = try importAll(folder, repository: repository)
        #expect(summary.imported == 2)
        let warnings = outcomes.flatMap(\.warnings)
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("latin1.txt") == true)
        #expect(warnings.first?.contains("Windows-1252") == true)
        let latin = try #require(try repository.articles().first { $0.title == "Titre" })
        #expect(try repository.sections(of: latin.id).first?.section.text == "Été chaud.")
    }

    @Test func refusesAFileOverTheSizeLimitAndGoesOn() throws {
        let folder = try Folder()
        // 60 MB of text: over the 50 MB default.
        let line = Array("Une ligne de texte qui se répète pour remplir le fichier.\n".utf8)
        var big = [UInt8]()
        big.reserveCapacity(60_000_000 + line.count)
        while big.count < 60_000_000 { big += line }
        try folder.write("big.txt", big)
        try folder.write("small.txt", "Petit titre\nUn petit texte.\n")
        let repository = try ArticleRepository(path: ":memory:")
        let (summary, outcomes) = try importAll(folder, repository: repository)
        #expect(summary.imported == 1)
        #expect(summary.failed == 1)
        guard case .failed(let message)? = outcomes.first(where: { $0.file.displayName.hasSuffix("big.txt") })?.status
        else {
            Issue.record("big.txt should fail")
            return
        }
        #expect(message.contains("big.txt: the file is 60") && message.contains("over the 50 MB limit"))
        #expect(message.contains("--max-size"))
    }

    @Test func reportsTheSameArticleInAnotherFormatAsADuplicate() throws {
        let folder = try Folder()
        try folder.write("a.md", "---\ntitle: Même texte\n---\nLe même paragraphe exactement.\n")
        try folder.write("b.json", "{\"title\": \"Même texte\", \"body\": \"Le même paragraphe exactement.\"}")
        let repository = try ArticleRepository(path: ":memory:")
        let (summary, _) = try importAll(folder, repository: repository)
        #expect(summary.imported == 1)
        #expect(summary.duplicates == 1)
        let (again, _) = try importAll(folder, repository: repository)
        #expect(again.unchanged == 1)
        #expect(again.duplicates == 1)
        let (forced, _) = try importAll(folder, options: ImportOptions(force: true), repository: repository)
        #expect(forced.updated == 1)
        #expect(forced.imported == 1)
    }

    @Test func dryRunWritesNothing() throws {
        let folder = try Folder()
        for (name, text) in Self.goodFiles { try folder.write(name, text) }
        let repository = try ArticleRepository(path: ":memory:")
        let (summary, _) = try importAll(folder, options: ImportOptions(dryRun: true), repository: repository)
        #expect(summary.checked == 5)
        #expect(try repository.articles().isEmpty)
    }
}
