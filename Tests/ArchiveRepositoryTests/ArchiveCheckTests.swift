import Testing
@testable import ArchiveRepository

@Suite struct ArchiveCheckTests {
    @Test func emptyArchiveIsHealthy() throws {
        let repository = try ArticleRepository(path: ":memory:")
        let report = repository.check()
        #expect(report.isHealthy, "\(report.problems)")
    }
}
