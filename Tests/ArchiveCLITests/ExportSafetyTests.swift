import ArgumentParser
import Foundation
import Testing

@testable import archive

/// `archive export` protects spreadsheet users by default; --raw and --bom change exactly what they say.
@Suite struct ExportSafetyTests {
    private func exportArticles(_ flags: [String]) throws -> [UInt8] {
        let folder = NSTemporaryDirectory() + "archive-cli-export-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let text =
            "2025-03-04\n=HYPERLINK(\"http://example.invalid\",\"click\")\n@SUM(1+1) said the council on Monday.\n"
        try text.write(toFile: folder + "/formula.txt", atomically: true, encoding: .utf8)
        let db = folder + "/archive.sqlite"
        var importer = try Archive.parseAsRoot(["--db", db, "import", "--quiet", folder + "/formula.txt"])
        try importer.run()
        var export = try Archive.parseAsRoot(["--db", db, "export", "articles", "-o", folder + "/out.csv"] + flags)
        try export.run()
        return [UInt8](try #require(FileManager.default.contents(atPath: folder + "/out.csv")))
    }

    @Test func formulasAreNeutralisedByDefault() throws {
        let text = String(decoding: try exportArticles([]), as: UTF8.self)
        #expect(text.contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\","))
        #expect(text.contains("'@SUM(1+1) said the council"))
        #expect(!text.hasPrefix("\u{FEFF}"))
    }

    @Test func rawKeepsCellsAsStored() throws {
        let text = String(decoding: try exportArticles(["--raw"]), as: UTF8.self)
        #expect(text.contains(",\"=HYPERLINK(\"\"http://example.invalid\"\",\"\"click\"\")\","))
        #expect(!text.contains("'@SUM"))
    }

    @Test func bomStartsTheFileOnlyWhenAsked() throws {
        #expect(Array(try exportArticles(["--bom"]).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Array(try exportArticles([]).prefix(2)) == Array("id".utf8))
    }
}
