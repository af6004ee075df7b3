import CSQLite

/// A prepared statement; finalized in `deinit`. Bind values with `?` placeholders only.
public final class Statement {
    let handle: OpaquePointer
    public let sql: String
    private unowned let database: Database

    init(database: Database, sql: String) throws {
        var statement: OpaquePointer?
        let code = sqlite3_prepare_v3(database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        guard code == SQLITE_OK, let statement else {
            throw SQLiteError(connection: database.handle, code: code, sql: sql)
        }
        self.handle = statement
        self.sql = sql
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    public func bind(_ arguments: [any SQLValueConvertible]) throws {
        try bind(values: arguments.map(\.sqlValue))
    }

    /// Binds already-converted values, for hot paths: no array of existentials to build or unbox per row.
    public func bind(values: [SQLValue]) throws {
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard values.count == expected else {
            throw SQLiteError(
                extendedCode: SQLITE_RANGE, message: "expected \(expected) arguments, got \(values.count)", sql: sql)
        }
        for (offset, value) in values.enumerated() {
            try bind(value, at: Int32(offset + 1))
        }
    }

    /// How many `?` parameters the statement has.
    public var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

    /// Binds `values` to consecutive parameters from `index` on, leaving the others as they are: for hot inserts
    /// that bind a row's leading keys one by one and the rest from a precomputed array.
    public func bind(_ values: [SQLValue], startingAt index: Int32) throws {
        for (offset, value) in values.enumerated() {
            try bind(value, at: index + Int32(offset))
        }
    }

    public func bind(_ value: SQLValue, at index: Int32) throws {
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let number):
            code = sqlite3_bind_int64(handle, index, number)
        case .real(let number):
            code = sqlite3_bind_double(handle, index, number)
        case .text(let text):
            code = Self.bindText(text, to: handle, at: index)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob64(handle, index, buffer.baseAddress, UInt64(buffer.count), csqlite_transient())
            }
        }
        guard code == SQLITE_OK else { throw SQLiteError(connection: database.handle, code: code, sql: sql) }
    }

    /// Binds the string's own UTF-8 bytes with their length (an embedded NUL does not cut the text short), without
    /// the NUL-terminated copy Swift makes when a String is passed as a C string; SQLite copies them once.
    private static func bindText(_ text: String, to handle: OpaquePointer, at index: Int32) -> Int32 {
        let bound = text.utf8.withContiguousStorageIfAvailable { bytes -> Int32 in
            guard let base = bytes.baseAddress else {
                return sqlite3_bind_text64(handle, index, "", 0, csqlite_transient(), UInt8(SQLITE_UTF8))
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text64(handle, index, $0, UInt64(bytes.count), csqlite_transient(), UInt8(SQLITE_UTF8))
            }
        }
        if let bound { return bound }
        var copy = text
        copy.makeContiguousUTF8()
        return bindText(copy, to: handle, at: index)
    }

    /// Advances to the next row; `nil` when done.
    public func step() throws -> Row? {
        switch sqlite3_step(handle) {
        case SQLITE_ROW:
            return Row(statement: handle)
        case SQLITE_DONE:
            return nil
        case let code:
            let error = SQLiteError(connection: database.handle, code: code, sql: sql)
            sqlite3_reset(handle)
            throw error
        }
    }

    /// Runs the statement to completion, ignoring rows.
    public func run() throws {
        while try step() != nil {}
        try reset()
    }

    public func reset() throws {
        let code = sqlite3_reset(handle)
        guard code == SQLITE_OK else { throw SQLiteError(connection: database.handle, code: code, sql: sql) }
    }
}

@available(*, unavailable)
extension Statement: Sendable {}
