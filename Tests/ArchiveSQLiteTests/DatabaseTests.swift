import ArchiveSQLite
import Foundation
import Testing

@Suite struct DatabaseTests {
    @Test func bindsAndReadsEveryStorageClass() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        try database.execute(
            "INSERT INTO t VALUES (?, ?, ?, ?, ?)", [Int64(42), 2.5, "é\u{0}z", [UInt8]([0, 1, 255]), String?.none])
        let row = try #require(
            try database.fetchOne("SELECT i, r, s, b, n, length(CAST(s AS BLOB)) FROM t") { row in
                (try row.int64(0), try row.double(1), try row.string(2), row.value(3), row.isNull(4), try row.int(5))
            })
        #expect(row.0 == 42)
        #expect(row.1 == 2.5)
        #expect(row.2 == "é\u{0}z", "text is bound with its byte length, so an embedded NUL survives")
        #expect(row.3 == .blob([0, 1, 255]))
        #expect(row.4)
        #expect(row.5 == 4)
    }

    @Test func errorsCarryCodesMessageAndSQL() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (k TEXT UNIQUE)")
        try database.execute("INSERT INTO t VALUES (?)", ["a"])
        let error = try #require(throws: SQLiteError.self) {
            try database.execute("INSERT INTO t VALUES (?)", ["a"])
        }
        #expect(error.code == 19)
        #expect(error.extendedCode == 2067)
        #expect(error.message.contains("UNIQUE"))
        #expect(error.sql == "INSERT INTO t VALUES (?)")
        #expect(!error.description.contains("\"a\""), "bound values never appear in messages")
    }

    @Test func doubleQuotedStringsAreIdentifiersOnly() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (a TEXT)")
        #expect(throws: SQLiteError.self) { try database.execute("SELECT \"no_such_column\" FROM t") }
    }

    @Test func transactionRollsBackOnError() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (a INTEGER)")
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try database.transaction {
                try database.execute("INSERT INTO t VALUES (?)", [1])
                throw Failure()
            }
        }
        #expect(try database.fetchOne("SELECT count(*) FROM t") { try $0.int(0) } == 0)
        #expect(!database.isInTransaction)
    }

    @Test func savepointUndoesOnlyItsOwnWork() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (a INTEGER)")
        struct Failure: Error {}
        try database.transaction {
            try database.execute("INSERT INTO t VALUES (?)", [1])
            try? database.savepoint {
                try database.execute("INSERT INTO t VALUES (?)", [2])
                throw Failure()
            }
            try database.savepoint { try database.execute("INSERT INTO t VALUES (?)", [3]) }
        }
        #expect(try database.fetchAll("SELECT a FROM t ORDER BY a") { try $0.int(0) } == [1, 3])
    }

    @Test func fileDatabaseUsesWALAndCreatesFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("archive-db-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("nested/deeper/test.sqlite").path
        let database = try Database(path: path)
        #expect(try database.fetchOne("PRAGMA journal_mode") { try $0.string(0) } == "wal")
        #expect(try database.fetchOne("PRAGMA foreign_keys") { try $0.int(0) } == 1)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func cachedStatementsAreReusedAfterReset() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE t (a INTEGER)")
        for value in 0..<100 { try database.execute("INSERT INTO t VALUES (?)", [value]) }
        #expect(try database.fetchOne("SELECT sum(a) FROM t") { try $0.int(0) } == 4950)
    }

    @Test func wrongArgumentCountIsAnError() throws {
        let database = try Database(path: ":memory:")
        #expect(throws: SQLiteError.self) { try database.execute("SELECT ?, ?", [1]) }
    }
}
