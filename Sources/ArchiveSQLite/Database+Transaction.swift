import CSQLite

extension Database {
    /// Runs `body` in a write transaction (`BEGIN IMMEDIATE`, so the write lock is taken up front and a
    /// busy database waits instead of failing mid-way); rolls back on any thrown error and rethrows it.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        let result: T
        do {
            result = try body()
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
        return result
    }

    /// Nested unit of work inside a transaction: rolls back only its own changes on error.
    public func savepoint<T>(_ name: String = "work", _ body: () throws -> T) throws -> T {
        try execute("SAVEPOINT \(name)")
        do {
            let result = try body()
            try execute("RELEASE \(name)")
            return result
        } catch {
            try? execute("ROLLBACK TO \(name)")
            try? execute("RELEASE \(name)")
            throw error
        }
    }
}
