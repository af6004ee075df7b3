import ArchiveDomain
import Foundation

@testable import ArchiveRepository

/// Articles of our own text and temporary archives for the reliability tests.
enum ReliabilityFixtures {
    static let importedAt = "2025-06-01T12:00:00Z"

    /// An article with a lead and two headed sections, whose sentences carry claims.
    static func document(
        title: String = "Wind farms expand", author: String? = nil, tags: [String] = [], number: Int = 1
    ) -> ArticleDocument {
        ArticleDocument(
            title: title, published: try? PublicationDate(year: 2025, month: 4, day: number % 28 + 1),
            language: .english,
            blocks: [
                Block(role: .title, text: title, line: 2),
                Block(
                    role: .paragraph,
                    text: "Offshore capacity grew by \(number + 11)% last year, according to the energy agency.",
                    line: 3),
                Block(role: .heading, text: "Local reaction", line: 4),
                Block(
                    role: .paragraph, text: "The mayor said that \(number + 3) new turbines would be built by 2027.",
                    line: 5),
                Block(role: .heading, text: "What comes next", line: 6),
                Block(
                    role: .paragraph, text: "Critics say the target is unlikely to be met without new grid links.",
                    line: 7),
            ],
            format: .text, author: author, tags: tags)
    }

    static func prepared(_ document: ArticleDocument, path: String) throws -> PreparedArticle {
        try PreparedArticle(sourcePath: path, document: document)
    }

    /// A repository holding `count` articles, in memory.
    static func repository(articles count: Int, path: String = ":memory:") throws -> ArticleRepository {
        let repository = try ArticleRepository(path: path)
        for number in 1...max(count, 1) where count > 0 {
            _ = try repository.save(
                prepared(
                    document(title: "Wind farms expand \(number)", number: number), path: "/articles/\(number).txt"),
                importedAt: importedAt)
        }
        return repository
    }

    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "archive-reliability-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    static func count(_ table: String, in repository: ArticleRepository) throws -> Int {
        // Table names come from the tests' own literals, never from data.
        try repository.database.fetchOne("SELECT count(*) FROM \(table)") { try $0.int(0) } ?? -1
    }
}
