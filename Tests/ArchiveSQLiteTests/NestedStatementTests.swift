import ArchiveSQLite
import Testing

/// The search tokenizer reads and writes its vocabulary table while SQLite is in the middle of another statement
/// on the same connection; this is the SQLite behaviour it relies on.
@Suite struct NestedStatementTests {
    @Test func writeWhileAnotherStatementSteps() throws {
        let database = try Database(path: ":memory:")
        try database.execute("CREATE TABLE word (text TEXT); CREATE TABLE seen (text TEXT PRIMARY KEY)")
        for text in ["a", "b", "a", "c"] { try database.execute("INSERT INTO word VALUES (?)", [text]) }
        var stepped = 0
        try database.forEachRow("SELECT text FROM word") { row in
            try database.execute("INSERT OR IGNORE INTO seen VALUES (?)", [try row.string(0)])
            stepped += 1
        }
        #expect(stepped == 4)
        #expect(try database.fetchOne("SELECT count(*) FROM seen") { try $0.int(0) } == 3)
    }
}
