import ArchiveSQLite
import Foundation
import Testing

/// The whole shared corpus through the real binary: skipped when ../shared is absent.
@Suite(.enabled(if: CLIRunner.shared != nil, "../shared/corpus is not present"))
struct CorpusImportTests {
    @Test func importsEveryCorpusArticleThenFindsThemUnchanged() throws {
        let shared = try #require(CLIRunner.shared)
        let cli = CLIRunner()
        defer { cli.cleanUp() }
        let folders = ["en", "fr"].map { shared.appendingPathComponent("corpus/\($0)").path }
        let first = try cli.run(["import"] + folders)
        #expect(first.status == 0, "\(first.stderr.prefix(2000))")
        #expect(first.stdout.contains("imported 803, updated 0, unchanged 0, failed 0"))
        let second = try cli.run(["import"] + folders)
        #expect(second.stdout.contains("imported 0, updated 0, unchanged 803, failed 0"))
        let database = try Database(path: cli.database, mode: .readOnly)
        #expect(try database.fetchOne("PRAGMA integrity_check") { try $0.string(0) } == "ok")
        let export = try cli.run(["export", "articles"])
        // Every record starts with its numeric id right after a CRLF; count those to compare with the archive.
        let records = export.stdout.components(separatedBy: "\r\n").filter { $0.first?.isNumber == true }
        #expect(records.count == 803)
        #expect(try cli.run(["search", "developpement"]).stdout.contains("développement"))
    }
}
