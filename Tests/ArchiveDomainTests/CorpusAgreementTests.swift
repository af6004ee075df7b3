import ArchiveDomain
import Foundation
import Testing

/// Reads every article of `../shared/corpus` (skipped when it is absent) and checks the parser's title, date,
/// language and headings against the manifest, printing the figures. `scripts/heading-eval` reports the same
/// through the built binary.
@Suite struct CorpusAgreementTests {
    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/corpus").standardized
    static let isAvailable = FileManager.default.fileExists(
        atPath: corpus.appendingPathComponent("manifest.jsonl").path)

    struct Entry {
        let file: String
        let title: String
        let date: String
        let language: String
        let headingLines: Set<Int>
    }

    static func manifest() throws -> [Entry] {
        let text = try String(contentsOf: corpus.appendingPathComponent("manifest.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return Entry(
                file: try #require(object["file"] as? String), title: try #require(object["title"] as? String),
                date: try #require(object["date"] as? String), language: try #require(object["lang"] as? String),
                headingLines: Set(try #require(object["heading_lines"] as? [Int])))
        }
    }

    @Test(.enabled(if: CorpusAgreementTests.isAvailable, "../shared/corpus is absent"))
    func parserAgreesWithTheManifest() throws {
        let entries = try Self.manifest()
        let reader = DocumentReader()
        var titles = 0
        var dates = 0
        var languages = 0
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        for entry in entries {
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(entry.file))
            let document = try #require(try reader.read([UInt8](data), format: .text).first)
            if document.title == entry.title.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping
            {
                titles += 1
            } else {
                Issue.record("\(entry.file): title '\(document.title)', manifest '\(entry.title)'")
            }
            // The manifest writes `2020-01-02 06:14:00`; a day-only date is at midnight.
            let expected = entry.date.replacingOccurrences(of: " ", with: "T")
            let published = document.published?.iso8601 ?? "none"
            if published == expected || published + "T00:00:00" == expected {
                dates += 1
            } else {
                Issue.record("\(entry.file): date \(published), manifest \(entry.date)")
            }
            if document.language.rawValue == entry.language {
                languages += 1
            } else {
                Issue.record("\(entry.file): language \(document.language.rawValue), manifest \(entry.language)")
            }
            let predicted = Set(document.blocks.filter { $0.role == .heading }.map(\.line))
            truePositives += predicted.intersection(entry.headingLines).count
            falsePositives += predicted.subtracting(entry.headingLines).count
            falseNegatives += entry.headingLines.subtracting(predicted).count
        }
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        print(
            "corpus: \(entries.count) articles; titles \(titles), dates \(dates), languages \(languages) agree; "
                + "headings P \(rounded(precision)) R \(rounded(recall)) F1 \(rounded(f1)) "
                + "(tp \(truePositives), fp \(falsePositives), fn \(falseNegatives))")
        #expect(entries.count == 803)
        #expect(f1 >= 0.75, "heading F1 \(rounded(f1)) is under the 0.75 target; see scripts/heading-eval")
    }

    private func rounded(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
