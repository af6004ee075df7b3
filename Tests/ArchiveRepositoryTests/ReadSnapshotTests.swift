import ArchiveDomain
import Foundation
import Testing

@testable import ArchiveRepository

/// A reader showing an article while another process replaces it must see one version whole.
@Suite struct ReadSnapshotTests {
    @Test func readingSeesOneVersionWhileAWriterReplacesTheArticle() throws {
        let folder = try ReliabilityFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/archive.sqlite"
        let writer = try ReliabilityFixtures.repository(articles: 1, path: path)
        let reader = try ArticleRepository(path: path, readOnly: true)
        var shorter = ReliabilityFixtures.document(title: "Wind farms expand 1", number: 1)
        shorter.blocks.removeLast(4)  // only the lead section remains
        let (title, sections) = try reader.reading {
            let title = try reader.article(id: ArticleID(1))?.title
            // The replacement commits between the reader's two queries.
            _ = try writer.save(
                ReliabilityFixtures.prepared(shorter, path: "/articles/1.txt"),
                importedAt: ReliabilityFixtures.importedAt)
            return (title, try reader.sections(of: ArticleID(1)).count)
        }
        #expect(title == "Wind farms expand 1")
        #expect(sections == 3)
        // Outside the snapshot the reader sees the new version.
        #expect(try reader.sections(of: ArticleID(1)).count == 1)
    }
}
