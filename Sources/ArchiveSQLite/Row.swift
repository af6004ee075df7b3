import CSQLite

/// The current row of a statement; valid only until the statement steps again.
public struct Row {
    let statement: OpaquePointer

    public var count: Int { Int(sqlite3_column_count(statement)) }

    public func isNull(_ column: Int) -> Bool {
        sqlite3_column_type(statement, Int32(column)) == SQLITE_NULL
    }

    public func value(_ column: Int) -> SQLValue {
        let index = Int32(column)
        switch sqlite3_column_type(statement, index) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement, index))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(statement, index))
        case SQLITE_TEXT: return .text(text(index))
        case SQLITE_BLOB:
            let count = Int(sqlite3_column_bytes(statement, index))
            guard count > 0, let bytes = sqlite3_column_blob(statement, index) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: count)))
        default: return .null
        }
    }

    public func decode<T: SQLValueConvertible>(_ column: Int, as type: T.Type = T.self) throws -> T {
        let raw = value(column)
        guard let decoded = T(sqlValue: raw) else {
            throw SQLiteError(
                extendedCode: SQLITE_MISMATCH,
                message: "column \(column) holds \(raw), which is not \(T.self)")
        }
        return decoded
    }

    // Integers and reals are read straight from SQLite when the column has that type: ranking reads thousands.
    public func int64(_ column: Int) throws -> Int64 {
        let index = Int32(column)
        guard sqlite3_column_type(statement, index) == SQLITE_INTEGER else { return try decode(column) }
        return sqlite3_column_int64(statement, index)
    }
    public func int(_ column: Int) throws -> Int { Int(try int64(column)) }
    public func double(_ column: Int) throws -> Double {
        let index = Int32(column)
        guard sqlite3_column_type(statement, index) == SQLITE_FLOAT else { return try decode(column) }
        return sqlite3_column_double(statement, index)
    }

    /// Text read straight from SQLite's buffer (no intermediate SQLValue), for hot paths.
    public func string(_ column: Int) throws -> String {
        let index = Int32(column)
        guard sqlite3_column_type(statement, index) != SQLITE_NULL else {
            throw SQLiteError(extendedCode: SQLITE_MISMATCH, message: "column \(column) is NULL, expected text")
        }
        return text(index)
    }

    public func optionalString(_ column: Int) -> String? {
        isNull(column) ? nil : text(Int32(column))
    }

    public func optionalInt(_ column: Int) -> Int? {
        isNull(column) ? nil : Int(sqlite3_column_int64(statement, Int32(column)))
    }

    private func text(_ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, index) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }
}
