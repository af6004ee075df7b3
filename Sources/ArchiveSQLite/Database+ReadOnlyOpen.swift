import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Database {
    /// Opens a connection; for reading, also a WAL database in a folder this user cannot write.
    ///
    /// Readers of a WAL database need its `-shm` file; when nobody has the database open the file is gone and a
    /// reader without write access to the folder cannot create it, so every query fails with
    /// SQLITE_READONLY (or _CANTINIT) or SQLITE_CANTOPEN, even a SELECT. In that state no `-wal` file exists either (none can be
    /// created), so the main file holds everything and may be read as immutable, as SQLite's WAL documentation
    /// suggests for read-only media.
    static func openConnection(path: String, flags: Int32, readOnly: Bool) -> (code: Int32, connection: OpaquePointer?)
    {
        var connection: OpaquePointer?
        let code = sqlite3_open_v2(path, &connection, flags, nil)
        guard code == SQLITE_OK, readOnly, let opened = connection, path != ":memory:", !path.isEmpty else {
            return (code, connection)
        }
        sqlite3_extended_result_codes(opened, 1)
        let probe = sqlite3_exec(opened, "SELECT count(*) FROM sqlite_schema", nil, nil, nil)
        let cannotInitialise = probe & 0xFF == SQLITE_READONLY || probe & 0xFF == SQLITE_CANTOPEN
        guard cannotInitialise, access(path + "-wal", F_OK) != 0, access(folder(of: path), W_OK) != 0 else {
            return (code, connection)
        }
        sqlite3_close_v2(opened)
        var immutable: OpaquePointer?
        let retry = sqlite3_open_v2(uri(for: path) + "?immutable=1", &immutable, flags | SQLITE_OPEN_URI, nil)
        return (retry, immutable)
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `file:` URI of a path: the characters URIs give a meaning to are percent-encoded.
    private static func uri(for path: String) -> String {
        var uri = "file:"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "%"), UInt8(ascii: "?"), UInt8(ascii: "#"), 0..<0x20, 0x7F...0xFF:
                let digits = Array("0123456789ABCDEF".utf8)
                uri.append("%")
                uri.unicodeScalars.append(Unicode.Scalar(digits[Int(byte >> 4)]))
                uri.unicodeScalars.append(Unicode.Scalar(digits[Int(byte & 0x0F)]))
            default:
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            }
        }
        return uri
    }
}
