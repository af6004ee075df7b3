import Foundation
import Testing

@testable import ArchiveDomain

@Suite struct DocumentReaderTests {
    @Test(arguments: [
        ("note.md", SourceFormat.markdown), ("feed.jsonl", .json), ("page.HTM", .html), ("page.html.gz", .html),
        ("a.txt", .text),
    ])
    func guessesFormatFromName(name: String, format: SourceFormat) {
        #expect(DocumentReader.format(forFileName: name) == format)
    }

    @Test func guessesFormatFromContent() {
        #expect(DocumentReader.format(forContent: "  {\"title\": \"x\"}") == .json)
        #expect(DocumentReader.format(forContent: "<!DOCTYPE html><html><body><p>x</p></body></html>") == .html)
        #expect(DocumentReader.format(forContent: "---\ntitle: x\n---\nbody") == .markdown)
        #expect(DocumentReader.format(forContent: "# Titre\n\nTexte.") == .markdown)
        #expect(DocumentReader.format(forContent: "2025-03-01\nTitre\nTexte.") == .text)
    }

    @Test func readsStandardInputStyleBytesWithoutAName() throws {
        let result = try DocumentReader().read(
            Array("{\"title\": \"Sans nom\", \"body\": \"Le texte est là.\"}".utf8), format: nil, fileName: nil)
        #expect(result.format == .json)
        #expect(result.documents.first?.title == "Sans nom")
    }

    @Test func inflatesGzipTransparently() throws {
        let plain = "---\ntitle: Compressé\n---\nUn paragraphe assez long pour compter.\n"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("note.md")
        try plain.write(to: file, atomically: true, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-f", file.path]
        try gzip.run()
        gzip.waitUntilExit()
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent("note.md.gz")))
        #expect(GzipDecoder.isGzip(bytes))
        let result = try DocumentReader().read(bytes, format: nil, fileName: "note.md.gz")
        #expect(result.documents.first?.title == "Compressé")
        #expect(result.documents.first?.sections.first?.text == "Un paragraphe assez long pour compter.")
    }

    @Test func refusesAnEmptyFile() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try DocumentReader().read(Array(" \n\n".utf8), format: nil, fileName: "empty.txt")
        }
        #expect(error.description == "the file is empty; put an article in it or leave it out of the import")
    }

    @Test func refusesTruncatedGzip() throws {
        let error = try #require(throws: ArticleParseError.self) {
            try DocumentReader().read([0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00], format: nil, fileName: "a.txt.gz")
        }
        #expect(error.message.contains("gzip"))
    }
}
