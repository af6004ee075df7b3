import Foundation
import Testing

@testable import ArchiveRepository

@Suite struct CSVFormulaTests {
    private func csv(_ fields: [String?], neutralize: Bool = true, bom: Bool = false) throws -> [UInt8] {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/out.csv"
        do {
            let sink = try OutputSink(path: path)
            try CSVWriter(sink: sink, neutralizeFormulas: neutralize, byteOrderMark: bom).writeRow(fields)
            try sink.flush()
        }
        return [UInt8](try #require(FileManager.default.contents(atPath: path)))
    }

    @Test(arguments: ["=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"])
    func formulaStartsGetAQuoteByDefault(cell: String) throws {
        let text = String(decoding: try csv([cell]), as: UTF8.self)
        let body = text.hasPrefix("\"") ? String(text.dropFirst()) : text
        #expect(body.hasPrefix("'"), "\(text.debugDescription)")
        #expect(body.dropFirst().hasPrefix(cell.replacing("\"", with: "\"\"")))
    }

    @Test(arguments: ["=1+1", "@x", "-5"])
    func rawLeavesCellsAsStored(cell: String) throws {
        let text = String(decoding: try csv([cell], neutralize: false), as: UTF8.self)
        #expect(text == cell + "\r\n")
    }

    @Test func ordinaryCellsAreUntouched() throws {
        let text = String(decoding: try csv(["plain", "l'IA", "3 = 3", nil]), as: UTF8.self)
        #expect(text == "plain,l'IA,3 = 3,\r\n")
    }

    @Test func byteOrderMarkOnlyWhenAsked() throws {
        #expect(Array(try csv(["a"], bom: true).prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(try csv(["a"]) == Array("a\r\n".utf8))
    }

    @Test func exportedTitlesAreNeutralised() throws {
        let repository = try ReliabilityFixtures.repository(articles: 0)
        _ = try repository.save(
            ReliabilityFixtures.prepared(ReliabilityFixtures.document(title: "=cmd|' /C calc'!A0"), path: "/f.txt"),
            importedAt: ReliabilityFixtures.importedAt)
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for neutralize in [true, false] {
            let path = folder + "/\(neutralize).csv"
            do {
                let sink = try OutputSink(path: path)
                try repository.export(.articles, to: try CSVWriter(sink: sink, neutralizeFormulas: neutralize))
                try sink.flush()
            }
            let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
            #expect(text.contains("\r\n1,'=cmd|' /C calc'!A0,") == neutralize)
            #expect(text.contains("\r\n1,=cmd|' /C calc'!A0,") == !neutralize)
        }
    }
}
