import Testing
@testable import archive

@Suite struct MaintenanceCommandTests {
    @Test func deleteNeedsAnID() {
        #expect(throws: (any Error).self) { try Archive.parseAsRoot(["delete"]) }
    }
}
