import CSQLite
import Foundation
import Testing

@testable import ArchiveSQLite

@Suite struct BackgroundCheckpointerTests {
    private func temporaryPath() -> String {
        NSTemporaryDirectory() + "archive-sqlite-\(UUID().uuidString)/test.sqlite"
    }

    private func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// One commit of about `bytes` / 4 KiB pages (80 by default).
    private func commitLargeRow(_ database: Database, bytes: Int = 320_000) throws {
        try database.transaction { try database.execute("INSERT INTO t (x) VALUES (randomblob(?))", [bytes]) }
    }

    /// Waits (at most 20 s: CI disks can be slow to sync) until the thread has finished `passes` passes.
    private func awaitThreadPasses(_ passes: Int, of checkpointer: BackgroundCheckpointer) {
        let deadline = Date().addingTimeInterval(20)
        while checkpointer.checkpoints.thread < passes, Date() < deadline { usleep(5_000) }
    }

    /// A file database holding table `t`, its WAL copied back and emptied.
    private func emptyDatabase(at path: String) throws -> Database {
        let writer = try Database(path: path)
        try writer.execute("CREATE TABLE t (x BLOB NOT NULL)")
        _ = try writer.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { try $0.int(0) }
        return writer
    }

    @Test func theThreadCopiesTheWALWhileTheWriterGoesOn() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let writer = try emptyDatabase(at: path)
        let emptyFile = size(path)
        let checkpointer = BackgroundCheckpointer(writer: writer, pages: 50)
        #expect(checkpointer.isRunning)

        // Past the limit, the commit wakes the thread, which copies the frames into the file while the writer
        // does nothing at all.
        try commitLargeRow(writer)
        awaitThreadPasses(1, of: checkpointer)
        #expect(checkpointer.checkpoints == (thread: 1, writer: 0))
        #expect(size(path) >= emptyFile + 300_000)

        // The pass ended before the next transaction, which therefore started the WAL over: nothing is left for
        // the writer to finish, and this commit past the limit wakes the thread again.
        try commitLargeRow(writer, bytes: 240_000)
        awaitThreadPasses(2, of: checkpointer)
        #expect(checkpointer.checkpoints == (thread: 2, writer: 0))
        #expect(size(path) >= emptyFile + 540_000)
        checkpointer.stop()
        let reader = try Database(path: path, mode: .readOnly)
        #expect(try reader.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 2)
    }

    @Test func theWriterFinishesWhatAPassCouldNotCopyAndStartsTheWALOver() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let writer = try emptyDatabase(at: path)
        let emptyFile = size(path)
        let checkpointer = BackgroundCheckpointer(writer: writer, pages: 50)

        // A reader still on the empty WAL's snapshot keeps the pass from copying anything, as a writer's open
        // transaction keeps the WAL from starting over in an import.
        let reader = try Database(path: path, mode: .readOnly)
        try reader.execute("BEGIN")
        #expect(try reader.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 0)
        try commitLargeRow(writer)
        awaitThreadPasses(1, of: checkpointer)
        #expect(size(path) == emptyFile)
        try reader.execute("COMMIT")

        // The next commit past the limit copies everything in the writer, before it returns…
        try commitLargeRow(writer)
        #expect(checkpointer.checkpoints == (thread: 1, writer: 1))
        #expect(size(path) >= emptyFile + 600_000)
        // …so the transaction after starts the WAL over instead of appending to it.
        let walAfterCatchingUp = size(path + "-wal")
        try commitLargeRow(writer, bytes: 160_000)
        #expect(size(path + "-wal") <= walAfterCatchingUp)
        #expect(checkpointer.checkpoints == (thread: 1, writer: 1))
        checkpointer.stop()
        #expect(try reader.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 3)
    }

    @Test func stoppingLeavesTheWriterWithoutCheckpointsUntilItAsks() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let writer = try emptyDatabase(at: path)
        let checkpointer = BackgroundCheckpointer(writer: writer, pages: 50)
        try commitLargeRow(writer)
        awaitThreadPasses(1, of: checkpointer)
        checkpointer.stop()
        // No hook is left behind pointing at the checkpointer, which may be gone before the connection is.
        #expect(sqlite3_wal_hook(writer.handle, nil, nil) == nil)
        _ = try writer.fetchOne("PRAGMA wal_checkpoint(TRUNCATE)") { try $0.int(0) }
        let fileBefore = size(path)
        // 1,200 frames: past SQLite's default limit (1,000) as well as the checkpointer's.
        for _ in 0..<15 { try commitLargeRow(writer) }
        #expect(size(path) == fileBefore)
        #expect(checkpointer.checkpoints == (thread: 1, writer: 0))
        try writer.execute("PRAGMA wal_autocheckpoint = 50")
        try commitLargeRow(writer)
        #expect(size(path) > fileBefore + 4_000_000)
    }

    @Test func aDatabaseWithoutAFileStartsNoThreadAndStillWrites() throws {
        let database = try Database(path: ":memory:")
        let checkpointer = BackgroundCheckpointer(writer: database, pages: 1)
        #expect(!checkpointer.isRunning)
        try database.execute("CREATE TABLE t (x BLOB NOT NULL)")
        try commitLargeRow(database)
        checkpointer.stop()
        #expect(try database.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 1)
    }

    @Test func aReadOnlyConnectionStartsNoThread() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        _ = try emptyDatabase(at: path)
        let reader = try Database(path: path, mode: .readOnly)
        #expect(!BackgroundCheckpointer(writer: reader, pages: 1).isRunning)
    }
}
