import CSQLite

/// A failure reported by SQLite, in GRDB's shape: the result codes, SQLite's message and the SQL that failed.
/// Bound values are never included: they may be user data.
public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    /// The extended result code (e.g. 2067 for SQLITE_CONSTRAINT_UNIQUE).
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    /// The primary result code (e.g. 19 for SQLITE_CONSTRAINT).
    public var code: Int32 { extendedCode & 0xFF }

    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    init(connection: OpaquePointer?, code: Int32, sql: String? = nil) {
        let extended = connection.map { sqlite3_extended_errcode($0) } ?? code
        let message =
            connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            ?? String(cString: sqlite3_errstr(code))
        // sqlite3_extended_errcode reports the last error on the connection; fall back to `code` when stale.
        self.init(extendedCode: extended & 0xFF == code & 0xFF ? extended : code, message: message, sql: sql)
    }

    public var description: String {
        var text = "SQLite error \(code): \(message)"
        if let sql { text += " - while executing `\(sql)`" }
        return text
    }

    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }
    public var isReadOnly: Bool { code == SQLITE_READONLY }
    public var isDiskFull: Bool { code == SQLITE_FULL }
    public var isCorrupt: Bool { code == SQLITE_CORRUPT || code == SQLITE_NOTADB }
    public var isConstraintViolation: Bool { code == SQLITE_CONSTRAINT }
    /// SQLite's catch-all code, which also carries a failure an extension (the tokenizer) returned.
    public var isGenericError: Bool { code == SQLITE_ERROR }
}
