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
    private var thread = pthread_t()
    private var running = false

    /// Checkpoints once the WAL holds `pages` frames or more. An in-memory database has no WAL: nothing starts.
    /// Where no thread can be made, the writer checkpoints as SQLite's auto-checkpoint does.
    public init(writer: Database, pages: Int32) {
        self.writer = writer
        handoff = Handoff(path: writer.path, pages: pages)
        guard writer.path != ":memory:", !writer.path.isEmpty else { return }
        let retained = Unmanaged.passRetained(handoff).toOpaque()
        running =
            pthread_create(
                &thread, nil,
                { pointer in
                    Unmanaged<Handoff>.fromOpaque(pointer!).takeRetainedValue().checkpointUntilStopped()
                    return nil
                }, retained) == 0
        guard running else {
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
        guard running else { return }
        running = false
        sqlite3_wal_hook(writer.handle, nil, nil)
        handoff.stop()
        pthread_join(thread, nil)
    }

    deinit { stop() }

    /// What the writer's commits and the checkpointing thread share, under one mutex.
    private final class Handoff: @unchecked Sendable {
        let path: String
        let pages: Int32
        private var mutex = pthread_mutex_t()
        private var condition = pthread_cond_t()
        private var wanted = false
        private var busy = false
        private var caughtUp = false
        private var unavailable = false
        private var stopping = false

        init(path: String, pages: Int32) {
            self.path = path
            self.pages = pages
            pthread_mutex_init(&mutex, nil)
            pthread_cond_init(&condition, nil)
        }

        deinit {
            pthread_cond_destroy(&condition)
            pthread_mutex_destroy(&mutex)
        }

        /// Called after each commit: wakes the thread once the WAL is past the limit, and says whether the writer
        /// should copy the rest itself (the thread has finished a pass since, or cannot run at all).
        func writerShouldCheckpoint(frames: Int32) -> Bool {
            guard frames >= pages else { return false }
            pthread_mutex_lock(&mutex)
            defer { pthread_mutex_unlock(&mutex) }
            if unavailable { return true }
            if caughtUp {
                caughtUp = false
                return true
            }
            if !wanted && !busy {
                wanted = true
                pthread_cond_signal(&condition)
            }
            return false
        }

        func stop() {
            pthread_mutex_lock(&mutex)
            stopping = true
            pthread_cond_signal(&condition)
            pthread_mutex_unlock(&mutex)
        }

        func checkpointUntilStopped() {
            // Opening sets WAL mode as every connection here does, which also reads the file: a connection that
            // has read nothing yet does not know the database is in WAL mode, and its checkpoints copy nothing.
            guard let database = try? Database(path: path) else {
                pthread_mutex_lock(&mutex)
                unavailable = true
                pthread_mutex_unlock(&mutex)
                return
            }
            while true {
                pthread_mutex_lock(&mutex)
                while !wanted && !stopping { pthread_cond_wait(&condition, &mutex) }
                let run = !stopping
                wanted = false
                busy = run
                pthread_mutex_unlock(&mutex)
                guard run else { return }
                // A failure (another checkpointer at work, an I/O error) leaves the frames in the WAL, where they
                // are safe: the writer's part copies them, and the import ends with a checkpoint of its own.
                sqlite3_wal_checkpoint_v2(database.handle, "main", SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                pthread_mutex_lock(&mutex)
                busy = false
                caughtUp = true
                pthread_mutex_unlock(&mutex)
            }
        }
    }
}
