import ArchiveDomain
import ArchiveRepository
import Foundation
import Testing

@Suite struct ExportTests {
    @Test func exportsArticlesAsRFC4180WithTextIntact() throws {
        let repository = try ArticleRepository(path: ":memory:")
        _ = try repository.save(try Samples.prepared(Samples.french, path: "/fr.txt"), importedAt: "x")
        _ = try repository.save(try Samples.prepared(Samples.english, path: "/en.txt"), importedAt: "x")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let sink = try OutputSink(path: file)
        let count = try repository.export(.articles, to: try CSVWriter(sink: sink))
        try sink.flush()
        #expect(count == 2)
        let records = CSVParser.parse(try String(contentsOfFile: file, encoding: .utf8))
        #expect(records.count == 3)
        #expect(records[0].first == "id")
        let text = try #require(records[1].last)
        #expect(text.contains("« changent la donne »"))
        #expect(text.contains("\nDes modèles ouverts\n"), "sections keep their headings and line breaks")
    }

    @Test func neutralisesFormulasUnlessRaw() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("csv-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let sink = try OutputSink(path: file)
        try CSVWriter(sink: sink).writeRow(["=1+1", "+x", "-y", "@z", "plain", "a,\"b\""])
        try CSVWriter(sink: sink, neutralizeFormulas: false).writeRow(["=1+1"])
        try sink.flush()
        let records = CSVParser.parse(try String(contentsOfFile: file, encoding: .utf8))
        #expect(records[0] == ["'=1+1", "'+x", "'-y", "'@z", "plain", "a,\"b\""])
        #expect(records[1] == ["=1+1"])
    }
}

/// A strict RFC 4180 reader for checking our output.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text.unicodeScalars).makeIterator()
        var pending: Unicode.Scalar? = iterator.next()
        while let scalar = pending {
            pending = iterator.next()
            if quoted {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.unicodeScalars.append("\"")
                        pending = iterator.next()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" {
                quoted = true
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r", pending == "\n" {
                continue
            } else if scalar == "\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        if !field.isEmpty || !record.isEmpty { records.append(record + [field]) }
        return records
    }
}
