import ArchiveSQLite
import Foundation
import Testing

@Suite struct DatabaseReliabilityTests {
    private func temporaryPath() -> String {
        NSTemporaryDirectory() + "archive-sqlite-\(UUID().uuidString)/test.sqlite"
    }

    @Test func readerOpensWhileWriterHoldsTheWriteLock() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let writer = try Database(path: path)
        try writer.execute("CREATE TABLE t (x INTEGER NOT NULL)")
        try writer.execute("INSERT INTO t (x) VALUES (?)", [1])
        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("INSERT INTO t (x) VALUES (?)", [2])
        // WAL: a reader is never blocked by the writer and sees the last committed state only.
        let reader = try Database(path: path, mode: .readOnly, busyTimeout: 100)
        #expect(try reader.fetchAll("SELECT x FROM t ORDER BY x") { try $0.int(0) } == [1])
        try writer.execute("COMMIT")
        #expect(try reader.fetchAll("SELECT x FROM t ORDER BY x") { try $0.int(0) } == [1, 2])
    }

    @Test func secondWriterWaitsForTheLockInsteadOfFailing() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent) }
        let first = try Database(path: path)
        try first.execute("CREATE TABLE t (x INTEGER NOT NULL)")
        let second = try Database(path: path, busyTimeout: 50)
        try first.execute("BEGIN IMMEDIATE")
        // While the lock is held past the timeout, the second writer gets SQLITE_BUSY, classified as such…
        let error = #expect(throws: SQLiteError.self) {
            try second.transaction { try second.execute("INSERT INTO t VALUES (1)") }
        }
        #expect(error?.isBusy == true)
        try first.execute("COMMIT")
        // …and once it is released the same call succeeds.
        try second.transaction { try second.execute("INSERT INTO t (x) VALUES (?)", [1]) }
        #expect(try first.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 1)
    }

    @Test func fullDatabaseRollsBackTheWholeTransaction() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (x TEXT NOT NULL)")
        try database.execute("INSERT INTO t (x) VALUES (?)", ["kept"])
        let pages = try database.fetchOne("PRAGMA page_count") { try $0.int(0) } ?? 0
        try database.execute("PRAGMA max_page_count = \(pages + 2)")
        let error = #expect(throws: SQLiteError.self) {
            try database.transaction {
                for _ in 0..<100 {
                    try database.execute("INSERT INTO t (x) VALUES (?)", [String(repeating: "x", count: 4000)])
                }
            }
        }
        #expect(error?.isDiskFull == true)
        #expect(try database.fetchAll("SELECT x FROM t") { try $0.string(0) } == ["kept"])
    }
}
