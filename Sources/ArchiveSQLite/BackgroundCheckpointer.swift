import CSQLite

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies a writer's WAL back into the database file mostly on a thread and connection of its own, in place of
/// SQLite's auto-checkpoint, which does all of it inside the commit that crosses the limit.
///
/// Why: in a long import the writer's thread is the one the others wait for, and checkpoints were ~9% of it. A
/// passive checkpoint on another connection never blocks the writer. But only a writer that finds every frame
/// copied starts the WAL over from its beginning, and the writer's next transaction always starts before another
/// thread's checkpoint ends; left alone, the WAL would grow for the whole import. So the thread copies what the
/// WAL held when a commit woke it, and at its next commit past the limit the writer copies the few commits made
/// meanwhile (~15% of the frames at 10,000 pages) and can start over.
public final class BackgroundCheckpointer {
    private let writer: Database
    private let handoff: Handoff
    #if canImport(Darwin)
        private var thread: pthread_t?
    #else
        private var thread = pthread_t()
    #endif
    /// Whether the thread was started and the hook installed (until `stop()`); a thread that could not open the
    /// file ends at once, and the hook then has the writer checkpoint alone.
    private(set) var isRunning = false

    /// Checkpoints once the WAL holds `pages` frames or more. A database without a file (in memory, temporary)
    /// has no WAL and a read-only one writes none: nothing starts. Where no thread can be made, the writer
    /// checkpoints as SQLite's auto-checkpoint does.
    public init(writer: Database, pages: Int32) {
        self.writer = writer
        // The file the writer has open, as an absolute path: `writer.path` may be relative to another directory.
        let file = sqlite3_db_filename(writer.handle, "main").map { String(cString: $0) } ?? ""
        handoff = Handoff(file: file, pages: pages)
        guard !file.isEmpty, sqlite3_db_readonly(writer.handle, "main") == 0 else { return }
        let retained = Unmanaged.passRetained(handoff).toOpaque()
        isRunning =
            pthread_create(
                &thread, nil,
                { pointer in
                    let handoff = Unmanaged<Handoff>.fromOpaque((pointer as UnsafeMutableRawPointer?)!)
                    handoff.takeRetainedValue().checkpointUntilStopped()
                    return nil
                }, retained) == 0
        guard isRunning else {
            Unmanaged<Handoff>.fromOpaque(retained).release()
            sqlite3_wal_autocheckpoint(writer.handle, pages)
            return
        }
        sqlite3_wal_hook(
            writer.handle,
            { context, connection, _, frames in
                let handoff = Unmanaged<Handoff>.fromOpaque(context!).takeUnretainedValue()
                if handoff.writerShouldCheckpoint(frames: frames) {
                    sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                }
                return SQLITE_OK
            }, Unmanaged.passUnretained(handoff).toOpaque())
    }

    /// Waits for a checkpoint under way and ends the thread. The writer is left with no checkpointing at all:
    /// `PRAGMA wal_autocheckpoint` gives it SQLite's again.
    public func stop() {
        guard isRunning else { return }
        isRunning = false
        sqlite3_wal_hook(writer.handle, nil, nil)
        handoff.stop()
        #if canImport(Darwin)
            if let thread { pthread_join(thread, nil) }
        #else
            pthread_join(thread, nil)
        #endif
    }

    deinit { stop() }

    /// Checkpoints run so far: the thread's finished passes, and the writer's own.
    var checkpoints: (thread: Int, writer: Int) { handoff.checkpoints }

    /// What the writer's commits and the checkpointing thread share, under one mutex.
    private final class Handoff: @unchecked Sendable {
        let file: String
        let pages: Int32
        // Allocated, not stored properties: pthread objects must not move, and Swift promises no fixed address
        // for a property passed inout.
        private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
        private var wanted = false
        private var busy = false
        private var caughtUp = false
        private var unavailable = false
        private var stopping = false
        private var lastFrames: Int32 = 0
        private var threadPasses = 0
        private var writerPasses = 0

        init(file: String, pages: Int32) {
            self.file = file
            self.pages = pages
            pthread_mutex_init(mutex, nil)
            pthread_cond_init(condition, nil)
        }

        deinit {
            pthread_cond_destroy(condition)
            pthread_mutex_destroy(mutex)
            condition.deallocate()
            mutex.deallocate()
        }

        var checkpoints: (thread: Int, writer: Int) {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return (threadPasses, writerPasses)
        }

        /// Called after each commit: wakes the thread once the WAL is past the limit, and says whether the writer
        /// should copy the rest itself (the thread has finished a pass since, or cannot run at all).
        func writerShouldCheckpoint(frames: Int32) -> Bool {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            // Every commit adds frames, so a WAL no longer than at the last commit has started over: a pass that
            // ended while the writer was idle copied everything, and left the writer nothing to finish.
            if frames <= lastFrames { caughtUp = false }
            lastFrames = frames
            guard frames >= pages else { return false }
            if unavailable || caughtUp {
                caughtUp = false
                writerPasses += 1
                return true
            }
            if !wanted && !busy {
                wanted = true
                pthread_cond_signal(condition)
            }
            return false
        }

        func stop() {
            pthread_mutex_lock(mutex)
            stopping = true
            pthread_cond_signal(condition)
            pthread_mutex_unlock(mutex)
        }

        func checkpointUntilStopped() {
            guard let connection = Self.open(file) else {
                pthread_mutex_lock(mutex)
                unavailable = true
                pthread_mutex_unlock(mutex)
                return
            }
            defer { sqlite3_close_v2(connection) }
            while true {
                pthread_mutex_lock(mutex)
                while !wanted && !stopping { pthread_cond_wait(condition, mutex) }
                let run = !stopping
                wanted = false
                busy = run
                pthread_mutex_unlock(mutex)
                guard run else { return }
                // A failure (another checkpointer at work, an I/O error) leaves the frames in the WAL, where they
                // are safe: the writer's part copies them, and the import ends with a checkpoint of its own.
                sqlite3_wal_checkpoint_v2(connection, "main", SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                pthread_mutex_lock(mutex)
                busy = false
                caughtUp = true
                threadPasses += 1
                pthread_mutex_unlock(mutex)
            }
        }

        /// A connection to the writer's existing file (never a new one), which has read the file: a connection
        /// that has read nothing yet does not know the database is in WAL mode, and its checkpoints copy nothing.
        private static func open(_ file: String) -> OpaquePointer? {
            var connection: OpaquePointer?
            let opened = sqlite3_open_v2(file, &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nil)
            guard opened == SQLITE_OK, let connection,
                sqlite3_exec(connection, "SELECT count(*) FROM sqlite_schema", nil, nil, nil) == SQLITE_OK
            else {
                sqlite3_close_v2(connection)
                return nil
            }
            return connection
        }
    }
}
