import CSQLite

extension Row {
    /// Whether a column holds text or an integer: values whose SQLite text form is what a reader expects.
    public func isTextOrInteger(_ column: Int) -> Bool {
        let type = sqlite3_column_type(statement, Int32(column))
        return type == SQLITE_TEXT || type == SQLITE_INTEGER
    }

    /// The column's UTF-8 text lent straight from SQLite's buffer (integers in their decimal form), for streaming
    /// output without building a `String` per cell; the bytes are valid only inside `body`.
    public func withUTF8<R>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let index = Int32(column)
        guard let bytes = sqlite3_column_text(statement, index) else {
            return try body(UnsafeBufferPointer(start: nil, count: 0))
        }
        return try body(UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index))))
    }
}
