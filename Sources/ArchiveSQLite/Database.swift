import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One SQLite connection. Deliberately not Sendable (GRDB's shape): a connection belongs to one thread;
/// code that needs concurrency gives each thread its own `Database`.
public final class Database {
    public enum Mode: Sendable {
        case readWrite
        case readOnly
    }

    /// The raw handle, for modules that register extensions (tokenizers) on this connection.
    public let handle: OpaquePointer
    public let path: String
    private var statementCache: [String: Statement] = [:]

    /// Opens (and creates, with its folders) the database at `path`; `":memory:"` opens a private in-memory one.
    /// `pageSize` applies to a database still empty (SQLite fixes it with the first table, and in WAL mode for good).
    public init(path: String, mode: Mode = .readWrite, busyTimeout: Int32 = 10_000, pageSize: Int? = nil) throws {
        self.path = path
        _ = Database.configureSQLite
        let isMemory = path == ":memory:" || path.isEmpty
        if !isMemory, mode == .readWrite { Database.createParentFolders(of: path) }
        let flags =
            (mode == .readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
            | SQLITE_OPEN_NOMUTEX
        let (code, connection) = Database.openConnection(path: path, flags: flags, readOnly: mode == .readOnly)
        guard code == SQLITE_OK, let connection else {
            let error = SQLiteError(connection: connection, code: code)
            sqlite3_close_v2(connection)
            throw error
        }
        handle = connection
        sqlite3_extended_result_codes(handle, 1)
        _ = csqlite_disable_dqs(handle)
        sqlite3_busy_timeout(handle, busyTimeout)
        try execute("PRAGMA foreign_keys = ON")
        if let pageSize, mode == .readWrite { try execute("PRAGMA page_size = \(pageSize)") }
        if !isMemory, mode == .readWrite {
            let journal = try fetchOne("PRAGMA journal_mode = WAL") { try $0.string(0) }
            guard journal?.lowercased() == "wal" else {
                throw SQLiteError(extendedCode: SQLITE_ERROR, message: "could not switch to WAL journal mode")
            }
            try execute("PRAGMA synchronous = NORMAL")
        }
    }

    /// Process-wide settings, applied once before the first connection opens.
    private static let configureSQLite: Void = { _ = csqlite_disable_memory_statistics() }()

    deinit {
        statementCache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements without arguments (schema scripts, pragmas).
    public func execute(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        let code = sqlite3_exec(handle, sql, nil, nil, &message)
        if code != SQLITE_OK {
            let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
            sqlite3_free(message)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: text, sql: sql)
        }
    }

    /// Runs one statement with bound arguments, through the statement cache.
    public func execute(_ sql: String, _ arguments: [any SQLValueConvertible]) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        try statement.run()
    }

    /// Runs one statement with values already converted (the import's hot inserts), through the statement cache.
    public func execute(_ sql: String, values: [SQLValue]) throws {
        let statement = try cachedStatement(sql)
        try statement.bind(values: values)
        try statement.run()
    }

    /// A new statement, finalized when released.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A statement kept for the life of the connection, reset before reuse: for hot paths.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let statement = statementCache[sql] {
            try statement.reset()
            return statement
        }
        let statement = try prepare(sql)
        statementCache[sql] = statement
        return statement
    }

    public func fetchAll<T>(
        _ sql: String, _ arguments: [any SQLValueConvertible] = [], decode: (Row) throws -> T
    ) throws -> [T] {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        var result: [T] = []
        while let row = try statement.step() { result.append(try decode(row)) }
        try statement.reset()
        return result
    }

    public func fetchOne<T>(
        _ sql: String, _ arguments: [any SQLValueConvertible] = [], decode: (Row) throws -> T
    ) throws -> T? {
        let statement = try cachedStatement(sql)
        try statement.bind(arguments)
        defer { try? statement.reset() }
        guard let row = try statement.step() else { return nil }
        return try decode(row)
    }

    /// Streams rows to `body` without collecting them: memory stays flat however many rows there are.
    public func forEachRow(
        _ sql: String, _ arguments: [any SQLValueConvertible] = [], _ body: (Row) throws -> Void
    ) throws {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        while let row = try statement.step() { try body(row) }
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes64(handle)) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    public var userVersion: Int {
        get throws { try fetchOne("PRAGMA user_version") { try $0.int(0) } ?? 0 }
    }

    /// Creates the folders above `path`, like `mkdir -p`; errors surface when SQLite opens the file.
    private static func createParentFolders(of path: String) {
        var components = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        guard !components.isEmpty else { return }
        var current = path.hasPrefix("/") ? "" : "."
        if path.hasPrefix("/") { components = components.dropFirst() }
        for component in components where !component.isEmpty {
            current += "/" + component
            _ = mkdir(current, 0o755)
        }
    }
}

@available(*, unavailable)
extension Database: Sendable {}
