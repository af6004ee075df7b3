import ArchiveSQLite
import Foundation
import Testing

@Suite struct BackgroundCheckpointerTests {
    private func temporaryPath() -> String {
        NSTemporaryDirectory() + "archive-sqlite-\(UUID().uuidString)/test.sqlite"
    }

    private func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// One commit of about 80 pages of 4 KiB.
    private func commitLargeRow(_ database: Database) throws {
        try database.transaction { try database.execute("INSERT INTO t (x) VALUES (randomblob(320000))") }
    }

    @Test func theThreadCopiesTheWALAndTheWriterStartsItOver() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let writer = try Database(path: path)
        try writer.execute("PRAGMA wal_autocheckpoint = 0")
        try writer.execute("CREATE TABLE t (x BLOB NOT NULL)")
        _ = try writer.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { try $0.int(0) }
        let emptyFile = size(path)
        let checkpointer = BackgroundCheckpointer(writer: writer, pages: 50)

        // Past the limit, the commit wakes the thread, which copies the frames into the file while the writer
        // does nothing at all.
        try commitLargeRow(writer)
        let deadline = Date().addingTimeInterval(20)
        while size(path) < emptyFile + 300_000, Date() < deadline { usleep(10_000) }
        #expect(size(path) >= emptyFile + 300_000)

        // Once the thread is done, the next commit past the limit copies the rest in the writer, before it
        // returns, so the one after starts the WAL over instead of appending to it.
        try commitLargeRow(writer)
        #expect(size(path) >= emptyFile + 600_000)
        let walAfterSecond = size(path + "-wal")
        try commitLargeRow(writer)
        #expect(size(path + "-wal") <= walAfterSecond)

        checkpointer.stop()
        let reader = try Database(path: path, mode: .readOnly)
        #expect(try reader.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 3)
    }

    @Test func stoppingLeavesTheWriterWithoutCheckpointsUntilItAsks() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let writer = try Database(path: path)
        try writer.execute("CREATE TABLE t (x BLOB NOT NULL)")
        let checkpointer = BackgroundCheckpointer(writer: writer, pages: 50)
        checkpointer.stop()
        _ = try writer.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { try $0.int(0) }
        let fileBefore = size(path)
        for _ in 0..<3 { try commitLargeRow(writer) }
        #expect(size(path) == fileBefore)
        try writer.execute("PRAGMA wal_autocheckpoint = 50")
        try commitLargeRow(writer)
        #expect(size(path) > fileBefore + 1_000_000)
    }

    @Test func anInMemoryDatabaseStartsNoThreadAndStillWrites() throws {
        let database = try Database(path: ":memory:")
        let checkpointer = BackgroundCheckpointer(writer: database, pages: 1)
        try database.execute("CREATE TABLE t (x BLOB NOT NULL)")
        try commitLargeRow(database)
        checkpointer.stop()
        #expect(try database.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 1)
    }
}
