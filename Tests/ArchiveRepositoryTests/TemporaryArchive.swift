import Foundation

/// Archive files of their own for the tests that need a database on disk (WAL, page size, migrations).
enum TemporaryArchive {
    /// A path in /tmp no other test uses; nothing is created there.
    static func path(_ label: String) -> String {
        "/tmp/archive-\(label)-\(UInt64.random(in: 0...UInt64.max)).sqlite"
    }

    /// Removes the archive at `path` with its WAL and shared-memory files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
